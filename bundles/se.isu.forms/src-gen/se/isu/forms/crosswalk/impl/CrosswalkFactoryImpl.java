/**
 */
package se.isu.forms.crosswalk.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import se.isu.forms.crosswalk.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CrosswalkFactoryImpl extends EFactoryImpl implements CrosswalkFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CrosswalkFactory init() {
		try {
			CrosswalkFactory theCrosswalkFactory = (CrosswalkFactory)EPackage.Registry.INSTANCE.getEFactory(CrosswalkPackage.eNS_URI);
			if (theCrosswalkFactory != null) {
				return theCrosswalkFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CrosswalkFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CrosswalkFactoryImpl() {
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
			case CrosswalkPackage.CROSSWALK: return createCrosswalk();
			case CrosswalkPackage.QUESTION_MAPPING: return createQuestionMapping();
			case CrosswalkPackage.OPTION_MAPPING: return createOptionMapping();
			case CrosswalkPackage.HARMONISED_CODE_LIST: return createHarmonisedCodeList();
			case CrosswalkPackage.HARMONISED_CATEGORY: return createHarmonisedCategory();
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
			case CrosswalkPackage.MAPPING_KIND:
				return createMappingKindFromString(eDataType, initialValue);
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
			case CrosswalkPackage.MAPPING_KIND:
				return convertMappingKindToString(eDataType, instanceValue);
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
	public Crosswalk createCrosswalk() {
		CrosswalkImpl crosswalk = new CrosswalkImpl();
		return crosswalk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuestionMapping createQuestionMapping() {
		QuestionMappingImpl questionMapping = new QuestionMappingImpl();
		return questionMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OptionMapping createOptionMapping() {
		OptionMappingImpl optionMapping = new OptionMappingImpl();
		return optionMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HarmonisedCodeList createHarmonisedCodeList() {
		HarmonisedCodeListImpl harmonisedCodeList = new HarmonisedCodeListImpl();
		return harmonisedCodeList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HarmonisedCategory createHarmonisedCategory() {
		HarmonisedCategoryImpl harmonisedCategory = new HarmonisedCategoryImpl();
		return harmonisedCategory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MappingKind createMappingKindFromString(EDataType eDataType, String initialValue) {
		MappingKind result = MappingKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMappingKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrosswalkPackage getCrosswalkPackage() {
		return (CrosswalkPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CrosswalkPackage getPackage() {
		return CrosswalkPackage.eINSTANCE;
	}

} //CrosswalkFactoryImpl
