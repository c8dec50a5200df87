/**
 */
package se.isu.forms.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import se.isu.forms.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FormsFactoryImpl extends EFactoryImpl implements FormsFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static FormsFactory init() {
		try {
			FormsFactory theFormsFactory = (FormsFactory)EPackage.Registry.INSTANCE.getEFactory(FormsPackage.eNS_URI);
			if (theFormsFactory != null) {
				return theFormsFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new FormsFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FormsFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case FormsPackage.FORM_DEFINITION: return createFormDefinition();
			case FormsPackage.FORM_VERSION: return createFormVersion();
			case FormsPackage.CHANGE_NOTE: return createChangeNote();
			case FormsPackage.SECTION: return createSection();
			case FormsPackage.TEXT_QUESTION: return createTextQuestion();
			case FormsPackage.INTEGER_QUESTION: return createIntegerQuestion();
			case FormsPackage.DATE_QUESTION: return createDateQuestion();
			case FormsPackage.SINGLE_CHOICE_QUESTION: return createSingleChoiceQuestion();
			case FormsPackage.MULTIPLE_CHOICE_QUESTION: return createMultipleChoiceQuestion();
			case FormsPackage.OPTION: return createOption();
			case FormsPackage.DATE_ORDER_RULE: return createDateOrderRule();
			case FormsPackage.RANGE_RULE: return createRangeRule();
			case FormsPackage.DERIVED_VARIABLE: return createDerivedVariable();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case FormsPackage.VERSION_STATUS:
				return createVersionStatusFromString(eDataType, initialValue);
			case FormsPackage.CHANGE_NOTE_KIND:
				return createChangeNoteKindFromString(eDataType, initialValue);
			case FormsPackage.DATE:
				return createDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case FormsPackage.VERSION_STATUS:
				return convertVersionStatusToString(eDataType, instanceValue);
			case FormsPackage.CHANGE_NOTE_KIND:
				return convertChangeNoteKindToString(eDataType, instanceValue);
			case FormsPackage.DATE:
				return convertDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormDefinition createFormDefinition() {
		FormDefinitionImpl formDefinition = new FormDefinitionImpl();
		return formDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormVersion createFormVersion() {
		FormVersionImpl formVersion = new FormVersionImpl();
		return formVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChangeNote createChangeNote() {
		ChangeNoteImpl changeNote = new ChangeNoteImpl();
		return changeNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Section createSection() {
		SectionImpl section = new SectionImpl();
		return section;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TextQuestion createTextQuestion() {
		TextQuestionImpl textQuestion = new TextQuestionImpl();
		return textQuestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntegerQuestion createIntegerQuestion() {
		IntegerQuestionImpl integerQuestion = new IntegerQuestionImpl();
		return integerQuestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DateQuestion createDateQuestion() {
		DateQuestionImpl dateQuestion = new DateQuestionImpl();
		return dateQuestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SingleChoiceQuestion createSingleChoiceQuestion() {
		SingleChoiceQuestionImpl singleChoiceQuestion = new SingleChoiceQuestionImpl();
		return singleChoiceQuestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MultipleChoiceQuestion createMultipleChoiceQuestion() {
		MultipleChoiceQuestionImpl multipleChoiceQuestion = new MultipleChoiceQuestionImpl();
		return multipleChoiceQuestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Option createOption() {
		OptionImpl option = new OptionImpl();
		return option;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DateOrderRule createDateOrderRule() {
		DateOrderRuleImpl dateOrderRule = new DateOrderRuleImpl();
		return dateOrderRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RangeRule createRangeRule() {
		RangeRuleImpl rangeRule = new RangeRuleImpl();
		return rangeRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DerivedVariable createDerivedVariable() {
		DerivedVariableImpl derivedVariable = new DerivedVariableImpl();
		return derivedVariable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VersionStatus createVersionStatusFromString(EDataType eDataType, String initialValue) {
		VersionStatus result = VersionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVersionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChangeNoteKind createChangeNoteKindFromString(EDataType eDataType, String initialValue) {
		ChangeNoteKind result = ChangeNoteKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChangeNoteKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public LocalDate createDateFromString(EDataType eDataType, String initialValue) {
		return IsoDates.parse(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertDateToString(EDataType eDataType, Object instanceValue) {
		return IsoDates.format((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormsPackage getFormsPackage() {
		return (FormsPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static FormsPackage getPackage() {
		return FormsPackage.eINSTANCE;
	}

} //FormsFactoryImpl
