/**
 */
package se.isu.forms.crosswalk.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import se.isu.forms.crosswalk.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see se.isu.forms.crosswalk.CrosswalkPackage
 * @generated
 */
public class CrosswalkAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CrosswalkPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CrosswalkAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = CrosswalkPackage.eINSTANCE;
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
	protected CrosswalkSwitch<Adapter> modelSwitch =
		new CrosswalkSwitch<Adapter>() {
			@Override
			public Adapter caseCrosswalk(Crosswalk object) {
				return createCrosswalkAdapter();
			}
			@Override
			public Adapter caseQuestionMapping(QuestionMapping object) {
				return createQuestionMappingAdapter();
			}
			@Override
			public Adapter caseOptionMapping(OptionMapping object) {
				return createOptionMappingAdapter();
			}
			@Override
			public Adapter caseHarmonisedCodeList(HarmonisedCodeList object) {
				return createHarmonisedCodeListAdapter();
			}
			@Override
			public Adapter caseHarmonisedCategory(HarmonisedCategory object) {
				return createHarmonisedCategoryAdapter();
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
	 * Creates a new adapter for an object of class '{@link se.isu.forms.crosswalk.Crosswalk <em>Crosswalk</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.forms.crosswalk.Crosswalk
	 * @generated
	 */
	public Adapter createCrosswalkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.forms.crosswalk.QuestionMapping <em>Question Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.forms.crosswalk.QuestionMapping
	 * @generated
	 */
	public Adapter createQuestionMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.forms.crosswalk.OptionMapping <em>Option Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.forms.crosswalk.OptionMapping
	 * @generated
	 */
	public Adapter createOptionMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.forms.crosswalk.HarmonisedCodeList <em>Harmonised Code List</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.forms.crosswalk.HarmonisedCodeList
	 * @generated
	 */
	public Adapter createHarmonisedCodeListAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.forms.crosswalk.HarmonisedCategory <em>Harmonised Category</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.forms.crosswalk.HarmonisedCategory
	 * @generated
	 */
	public Adapter createHarmonisedCategoryAdapter() {
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

} //CrosswalkAdapterFactory
