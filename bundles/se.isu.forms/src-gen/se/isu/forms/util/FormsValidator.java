/**
 */
package se.isu.forms.util;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import se.isu.forms.validation.FormConstraints;

import se.isu.forms.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see se.isu.forms.FormsPackage
 * @generated
 */
public class FormsValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final FormsValidator INSTANCE = new FormsValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "se.isu.forms";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FormsValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return FormsPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case FormsPackage.FORM_DEFINITION:
				return validateFormDefinition((FormDefinition)value, diagnostics, context);
			case FormsPackage.FORM_VERSION:
				return validateFormVersion((FormVersion)value, diagnostics, context);
			case FormsPackage.CHANGE_NOTE:
				return validateChangeNote((ChangeNote)value, diagnostics, context);
			case FormsPackage.SECTION:
				return validateSection((Section)value, diagnostics, context);
			case FormsPackage.QUESTION:
				return validateQuestion((Question)value, diagnostics, context);
			case FormsPackage.TEXT_QUESTION:
				return validateTextQuestion((TextQuestion)value, diagnostics, context);
			case FormsPackage.INTEGER_QUESTION:
				return validateIntegerQuestion((IntegerQuestion)value, diagnostics, context);
			case FormsPackage.DATE_QUESTION:
				return validateDateQuestion((DateQuestion)value, diagnostics, context);
			case FormsPackage.CHOICE_QUESTION:
				return validateChoiceQuestion((ChoiceQuestion)value, diagnostics, context);
			case FormsPackage.SINGLE_CHOICE_QUESTION:
				return validateSingleChoiceQuestion((SingleChoiceQuestion)value, diagnostics, context);
			case FormsPackage.MULTIPLE_CHOICE_QUESTION:
				return validateMultipleChoiceQuestion((MultipleChoiceQuestion)value, diagnostics, context);
			case FormsPackage.OPTION:
				return validateOption((Option)value, diagnostics, context);
			case FormsPackage.RULE:
				return validateRule((Rule)value, diagnostics, context);
			case FormsPackage.DATE_ORDER_RULE:
				return validateDateOrderRule((DateOrderRule)value, diagnostics, context);
			case FormsPackage.RANGE_RULE:
				return validateRangeRule((RangeRule)value, diagnostics, context);
			case FormsPackage.DERIVED_VARIABLE:
				return validateDerivedVariable((DerivedVariable)value, diagnostics, context);
			case FormsPackage.VERSION_STATUS:
				return validateVersionStatus((VersionStatus)value, diagnostics, context);
			case FormsPackage.CHANGE_NOTE_KIND:
				return validateChangeNoteKind((ChangeNoteKind)value, diagnostics, context);
			case FormsPackage.DATE:
				return validateDate((LocalDate)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFormDefinition(FormDefinition formDefinition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(formDefinition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFormVersion(FormVersion formVersion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(formVersion, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(formVersion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(formVersion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(formVersion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(formVersion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(formVersion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(formVersion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(formVersion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(formVersion, diagnostics, context);
		if (result || diagnostics != null) result &= validateFormVersion_UniqueVariableIds(formVersion, diagnostics, context);
		if (result || diagnostics != null) result &= validateFormVersion_UniqueOptionCodes(formVersion, diagnostics, context);
		if (result || diagnostics != null) result &= validateFormVersion_PublishedUnchanged(formVersion, diagnostics, context);
		if (result || diagnostics != null) result &= validateFormVersion_CodesKeepTheirMeaning(formVersion, diagnostics, context);
		if (result || diagnostics != null) result &= validateFormVersion_KeepsPredecessorCodes(formVersion, diagnostics, context);
		return result;
	}

	/**
	 * Validates the UniqueVariableIds constraint of '<em>Form Version</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateFormVersion_UniqueVariableIds(FormVersion formVersion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return FormConstraints.uniqueVariableIds(formVersion, diagnostics);
	}

	/**
	 * Validates the UniqueOptionCodes constraint of '<em>Form Version</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateFormVersion_UniqueOptionCodes(FormVersion formVersion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return FormConstraints.uniqueOptionCodes(formVersion, diagnostics);
	}

	/**
	 * Validates the PublishedUnchanged constraint of '<em>Form Version</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateFormVersion_PublishedUnchanged(FormVersion formVersion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return FormConstraints.publishedUnchanged(formVersion, diagnostics);
	}

	/**
	 * Validates the CodesKeepTheirMeaning constraint of '<em>Form Version</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateFormVersion_CodesKeepTheirMeaning(FormVersion formVersion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return FormConstraints.codesKeepTheirMeaning(formVersion, diagnostics);
	}

	/**
	 * Validates the KeepsPredecessorCodes constraint of '<em>Form Version</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateFormVersion_KeepsPredecessorCodes(FormVersion formVersion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return FormConstraints.keepsPredecessorCodes(formVersion, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChangeNote(ChangeNote changeNote, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(changeNote, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSection(Section section, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(section, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQuestion(Question question, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(question, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTextQuestion(TextQuestion textQuestion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(textQuestion, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIntegerQuestion(IntegerQuestion integerQuestion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(integerQuestion, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDateQuestion(DateQuestion dateQuestion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(dateQuestion, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChoiceQuestion(ChoiceQuestion choiceQuestion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(choiceQuestion, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSingleChoiceQuestion(SingleChoiceQuestion singleChoiceQuestion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(singleChoiceQuestion, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMultipleChoiceQuestion(MultipleChoiceQuestion multipleChoiceQuestion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(multipleChoiceQuestion, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOption(Option option, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(option, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRule(Rule rule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(rule, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(rule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(rule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(rule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(rule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(rule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(rule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(rule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(rule, diagnostics, context);
		if (result || diagnostics != null) result &= validateRule_RefersToRightKind(rule, diagnostics, context);
		return result;
	}

	/**
	 * Validates the RefersToRightKind constraint of '<em>Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRule_RefersToRightKind(Rule rule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return FormConstraints.ruleRefersToRightKind(rule, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDateOrderRule(DateOrderRule dateOrderRule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(dateOrderRule, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(dateOrderRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(dateOrderRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(dateOrderRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(dateOrderRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(dateOrderRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(dateOrderRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(dateOrderRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(dateOrderRule, diagnostics, context);
		if (result || diagnostics != null) result &= validateRule_RefersToRightKind(dateOrderRule, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRangeRule(RangeRule rangeRule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(rangeRule, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(rangeRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(rangeRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(rangeRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(rangeRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(rangeRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(rangeRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(rangeRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(rangeRule, diagnostics, context);
		if (result || diagnostics != null) result &= validateRule_RefersToRightKind(rangeRule, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDerivedVariable(DerivedVariable derivedVariable, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(derivedVariable, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(derivedVariable, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(derivedVariable, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(derivedVariable, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(derivedVariable, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(derivedVariable, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(derivedVariable, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(derivedVariable, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(derivedVariable, diagnostics, context);
		if (result || diagnostics != null) result &= validateDerivedVariable_RefersToDates(derivedVariable, diagnostics, context);
		return result;
	}

	/**
	 * Validates the RefersToDates constraint of '<em>Derived Variable</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateDerivedVariable_RefersToDates(DerivedVariable derivedVariable, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return FormConstraints.derivedRefersToDates(derivedVariable, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVersionStatus(VersionStatus versionStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChangeNoteKind(ChangeNoteKind changeNoteKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDate(LocalDate date, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// The form's own rules word their messages themselves (FormConstraints, in Swedish); only
		// EMF's generic diagnostics (multiplicity, data values) come from EMF's own messages.
		return super.getResourceLocator();
	}

} //FormsValidator
