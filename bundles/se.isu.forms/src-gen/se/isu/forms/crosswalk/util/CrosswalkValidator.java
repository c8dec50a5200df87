/**
 */
package se.isu.forms.crosswalk.util;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import se.isu.forms.validation.FormConstraints;

import se.isu.forms.crosswalk.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see se.isu.forms.crosswalk.CrosswalkPackage
 * @generated
 */
public class CrosswalkValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final CrosswalkValidator INSTANCE = new CrosswalkValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "se.isu.forms.crosswalk";

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
	public CrosswalkValidator() {
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
	  return CrosswalkPackage.eINSTANCE;
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
			case CrosswalkPackage.CROSSWALK:
				return validateCrosswalk((Crosswalk)value, diagnostics, context);
			case CrosswalkPackage.QUESTION_MAPPING:
				return validateQuestionMapping((QuestionMapping)value, diagnostics, context);
			case CrosswalkPackage.OPTION_MAPPING:
				return validateOptionMapping((OptionMapping)value, diagnostics, context);
			case CrosswalkPackage.HARMONISED_CODE_LIST:
				return validateHarmonisedCodeList((HarmonisedCodeList)value, diagnostics, context);
			case CrosswalkPackage.HARMONISED_CATEGORY:
				return validateHarmonisedCategory((HarmonisedCategory)value, diagnostics, context);
			case CrosswalkPackage.MAPPING_KIND:
				return validateMappingKind((MappingKind)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCrosswalk(Crosswalk crosswalk, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(crosswalk, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(crosswalk, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(crosswalk, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(crosswalk, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(crosswalk, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(crosswalk, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(crosswalk, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(crosswalk, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(crosswalk, diagnostics, context);
		if (result || diagnostics != null) result &= validateCrosswalk_EverySourceOptionMapped(crosswalk, diagnostics, context);
		return result;
	}

	/**
	 * Validates the EverySourceOptionMapped constraint of '<em>Crosswalk</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateCrosswalk_EverySourceOptionMapped(Crosswalk crosswalk, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return FormConstraints.everySourceOptionMapped(crosswalk, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQuestionMapping(QuestionMapping questionMapping, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(questionMapping, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOptionMapping(OptionMapping optionMapping, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(optionMapping, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHarmonisedCodeList(HarmonisedCodeList harmonisedCodeList, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(harmonisedCodeList, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHarmonisedCategory(HarmonisedCategory harmonisedCategory, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(harmonisedCategory, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMappingKind(MappingKind mappingKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
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

} //CrosswalkValidator
