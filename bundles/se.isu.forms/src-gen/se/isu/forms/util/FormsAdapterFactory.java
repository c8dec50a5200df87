/**
 */
package se.isu.forms.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import se.isu.forms.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see se.isu.forms.FormsPackage
 * @generated
 */
public class FormsAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static FormsPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FormsAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = FormsPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FormsSwitch<Adapter> modelSwitch =
		new FormsSwitch<Adapter>() {
			@Override
			public Adapter caseFormDefinition(FormDefinition object) {
				return createFormDefinitionAdapter();
			}
			@Override
			public Adapter caseFormVersion(FormVersion object) {
				return createFormVersionAdapter();
			}
			@Override
			public Adapter caseChangeNote(ChangeNote object) {
				return createChangeNoteAdapter();
			}
			@Override
			public Adapter caseSection(Section object) {
				return createSectionAdapter();
			}
			@Override
			public Adapter caseQuestion(Question object) {
				return createQuestionAdapter();
			}
			@Override
			public Adapter caseTextQuestion(TextQuestion object) {
				return createTextQuestionAdapter();
			}
			@Override
			public Adapter caseIntegerQuestion(IntegerQuestion object) {
				return createIntegerQuestionAdapter();
			}
			@Override
			public Adapter caseDateQuestion(DateQuestion object) {
				return createDateQuestionAdapter();
			}
			@Override
			public Adapter caseChoiceQuestion(ChoiceQuestion object) {
				return createChoiceQuestionAdapter();
			}
			@Override
			public Adapter caseSingleChoiceQuestion(SingleChoiceQuestion object) {
				return createSingleChoiceQuestionAdapter();
			}
			@Override
			public Adapter caseMultipleChoiceQuestion(MultipleChoiceQuestion object) {
				return createMultipleChoiceQuestionAdapter();
			}
			@Override
			public Adapter caseOption(Option object) {
				return createOptionAdapter();
			}
			@Override
			public Adapter caseRule(Rule object) {
				return createRuleAdapter();
			}
			@Override
			public Adapter caseDateOrderRule(DateOrderRule object) {
				return createDateOrderRuleAdapter();
			}
			@Override
			public Adapter caseRangeRule(RangeRule object) {
				return createRangeRuleAdapter();
			}
			@Override
			public Adapter caseDerivedVariable(DerivedVariable object) {
				return createDerivedVariableAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link se.isu.forms.FormDefinition <em>Form Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.forms.FormDefinition
	 * @generated
	 */
	public Adapter createFormDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.forms.FormVersion <em>Form Version</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.forms.FormVersion
	 * @generated
	 */
	public Adapter createFormVersionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.forms.ChangeNote <em>Change Note</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.forms.ChangeNote
	 * @generated
	 */
	public Adapter createChangeNoteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.forms.Section <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.forms.Section
	 * @generated
	 */
	public Adapter createSectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.forms.Question <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.forms.Question
	 * @generated
	 */
	public Adapter createQuestionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.forms.TextQuestion <em>Text Question</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.forms.TextQuestion
	 * @generated
	 */
	public Adapter createTextQuestionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.forms.IntegerQuestion <em>Integer Question</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.forms.IntegerQuestion
	 * @generated
	 */
	public Adapter createIntegerQuestionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.forms.DateQuestion <em>Date Question</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.forms.DateQuestion
	 * @generated
	 */
	public Adapter createDateQuestionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.forms.ChoiceQuestion <em>Choice Question</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.forms.ChoiceQuestion
	 * @generated
	 */
	public Adapter createChoiceQuestionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.forms.SingleChoiceQuestion <em>Single Choice Question</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.forms.SingleChoiceQuestion
	 * @generated
	 */
	public Adapter createSingleChoiceQuestionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.forms.MultipleChoiceQuestion <em>Multiple Choice Question</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.forms.MultipleChoiceQuestion
	 * @generated
	 */
	public Adapter createMultipleChoiceQuestionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.forms.Option <em>Option</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.forms.Option
	 * @generated
	 */
	public Adapter createOptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.forms.Rule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.forms.Rule
	 * @generated
	 */
	public Adapter createRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.forms.DateOrderRule <em>Date Order Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.forms.DateOrderRule
	 * @generated
	 */
	public Adapter createDateOrderRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.forms.RangeRule <em>Range Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.forms.RangeRule
	 * @generated
	 */
	public Adapter createRangeRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.forms.DerivedVariable <em>Derived Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.forms.DerivedVariable
	 * @generated
	 */
	public Adapter createDerivedVariableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //FormsAdapterFactory
