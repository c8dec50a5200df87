/**
 */
package se.isu.forms.crosswalk.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import se.isu.forms.FormsPackage;

import se.isu.forms.crosswalk.Crosswalk;
import se.isu.forms.crosswalk.CrosswalkFactory;
import se.isu.forms.crosswalk.CrosswalkPackage;
import se.isu.forms.crosswalk.HarmonisedCategory;
import se.isu.forms.crosswalk.HarmonisedCodeList;
import se.isu.forms.crosswalk.MappingKind;
import se.isu.forms.crosswalk.OptionMapping;
import se.isu.forms.crosswalk.QuestionMapping;

import se.isu.forms.crosswalk.util.CrosswalkValidator;

import se.isu.forms.impl.FormsPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CrosswalkPackageImpl extends EPackageImpl implements CrosswalkPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass crosswalkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass questionMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass optionMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass harmonisedCodeListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass harmonisedCategoryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum mappingKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CrosswalkPackageImpl() {
		super(eNS_URI, CrosswalkFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CrosswalkPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CrosswalkPackage init() {
		if (isInited) return (CrosswalkPackage)EPackage.Registry.INSTANCE.getEPackage(CrosswalkPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCrosswalkPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CrosswalkPackageImpl theCrosswalkPackage = registeredCrosswalkPackage instanceof CrosswalkPackageImpl ? (CrosswalkPackageImpl)registeredCrosswalkPackage : new CrosswalkPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(FormsPackage.eNS_URI);
		FormsPackageImpl theFormsPackage = (FormsPackageImpl)(registeredPackage instanceof FormsPackageImpl ? registeredPackage : FormsPackage.eINSTANCE);

		// Create package meta-data objects
		theCrosswalkPackage.createPackageContents();
		theFormsPackage.createPackageContents();

		// Initialize created meta-data
		theCrosswalkPackage.initializePackageContents();
		theFormsPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theCrosswalkPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return CrosswalkValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theCrosswalkPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CrosswalkPackage.eNS_URI, theCrosswalkPackage);
		return theCrosswalkPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCrosswalk() {
		return crosswalkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrosswalk_Id() {
		return (EAttribute)crosswalkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCrosswalk_Source() {
		return (EReference)crosswalkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCrosswalk_Target() {
		return (EReference)crosswalkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCrosswalk_QuestionMappings() {
		return (EReference)crosswalkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCrosswalk_CodeLists() {
		return (EReference)crosswalkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQuestionMapping() {
		return questionMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQuestionMapping_SourceQuestion() {
		return (EReference)questionMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQuestionMapping_TargetQuestion() {
		return (EReference)questionMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuestionMapping_Kind() {
		return (EAttribute)questionMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuestionMapping_Note() {
		return (EAttribute)questionMappingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQuestionMapping_OptionMappings() {
		return (EReference)questionMappingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOptionMapping() {
		return optionMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOptionMapping_SourceOption() {
		return (EReference)optionMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOptionMapping_TargetOptions() {
		return (EReference)optionMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOptionMapping_Kind() {
		return (EAttribute)optionMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOptionMapping_Note() {
		return (EAttribute)optionMappingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHarmonisedCodeList() {
		return harmonisedCodeListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHarmonisedCodeList_VariableId() {
		return (EAttribute)harmonisedCodeListEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHarmonisedCodeList_Label() {
		return (EAttribute)harmonisedCodeListEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHarmonisedCodeList_Categories() {
		return (EReference)harmonisedCodeListEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHarmonisedCategory() {
		return harmonisedCategoryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHarmonisedCategory_Code() {
		return (EAttribute)harmonisedCategoryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHarmonisedCategory_Label() {
		return (EAttribute)harmonisedCategoryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHarmonisedCategory_Comparable() {
		return (EAttribute)harmonisedCategoryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHarmonisedCategory_Note() {
		return (EAttribute)harmonisedCategoryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHarmonisedCategory_SourceOptions() {
		return (EReference)harmonisedCategoryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHarmonisedCategory_TargetOptions() {
		return (EReference)harmonisedCategoryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMappingKind() {
		return mappingKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrosswalkFactory getCrosswalkFactory() {
		return (CrosswalkFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		crosswalkEClass = createEClass(CROSSWALK);
		createEAttribute(crosswalkEClass, CROSSWALK__ID);
		createEReference(crosswalkEClass, CROSSWALK__SOURCE);
		createEReference(crosswalkEClass, CROSSWALK__TARGET);
		createEReference(crosswalkEClass, CROSSWALK__QUESTION_MAPPINGS);
		createEReference(crosswalkEClass, CROSSWALK__CODE_LISTS);

		questionMappingEClass = createEClass(QUESTION_MAPPING);
		createEReference(questionMappingEClass, QUESTION_MAPPING__SOURCE_QUESTION);
		createEReference(questionMappingEClass, QUESTION_MAPPING__TARGET_QUESTION);
		createEAttribute(questionMappingEClass, QUESTION_MAPPING__KIND);
		createEAttribute(questionMappingEClass, QUESTION_MAPPING__NOTE);
		createEReference(questionMappingEClass, QUESTION_MAPPING__OPTION_MAPPINGS);

		optionMappingEClass = createEClass(OPTION_MAPPING);
		createEReference(optionMappingEClass, OPTION_MAPPING__SOURCE_OPTION);
		createEReference(optionMappingEClass, OPTION_MAPPING__TARGET_OPTIONS);
		createEAttribute(optionMappingEClass, OPTION_MAPPING__KIND);
		createEAttribute(optionMappingEClass, OPTION_MAPPING__NOTE);

		harmonisedCodeListEClass = createEClass(HARMONISED_CODE_LIST);
		createEAttribute(harmonisedCodeListEClass, HARMONISED_CODE_LIST__VARIABLE_ID);
		createEAttribute(harmonisedCodeListEClass, HARMONISED_CODE_LIST__LABEL);
		createEReference(harmonisedCodeListEClass, HARMONISED_CODE_LIST__CATEGORIES);

		harmonisedCategoryEClass = createEClass(HARMONISED_CATEGORY);
		createEAttribute(harmonisedCategoryEClass, HARMONISED_CATEGORY__CODE);
		createEAttribute(harmonisedCategoryEClass, HARMONISED_CATEGORY__LABEL);
		createEAttribute(harmonisedCategoryEClass, HARMONISED_CATEGORY__COMPARABLE);
		createEAttribute(harmonisedCategoryEClass, HARMONISED_CATEGORY__NOTE);
		createEReference(harmonisedCategoryEClass, HARMONISED_CATEGORY__SOURCE_OPTIONS);
		createEReference(harmonisedCategoryEClass, HARMONISED_CATEGORY__TARGET_OPTIONS);

		// Create enums
		mappingKindEEnum = createEEnum(MAPPING_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		FormsPackage theFormsPackage = (FormsPackage)EPackage.Registry.INSTANCE.getEPackage(FormsPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(crosswalkEClass, Crosswalk.class, "Crosswalk", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCrosswalk_Id(), ecorePackage.getEString(), "id", null, 1, 1, Crosswalk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCrosswalk_Source(), theFormsPackage.getFormVersion(), null, "source", null, 1, 1, Crosswalk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCrosswalk_Target(), theFormsPackage.getFormVersion(), null, "target", null, 1, 1, Crosswalk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCrosswalk_QuestionMappings(), this.getQuestionMapping(), null, "questionMappings", null, 0, -1, Crosswalk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCrosswalk_CodeLists(), this.getHarmonisedCodeList(), null, "codeLists", null, 0, -1, Crosswalk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(questionMappingEClass, QuestionMapping.class, "QuestionMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getQuestionMapping_SourceQuestion(), theFormsPackage.getQuestion(), null, "sourceQuestion", null, 0, 1, QuestionMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQuestionMapping_TargetQuestion(), theFormsPackage.getQuestion(), null, "targetQuestion", null, 0, 1, QuestionMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuestionMapping_Kind(), this.getMappingKind(), "kind", null, 1, 1, QuestionMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuestionMapping_Note(), ecorePackage.getEString(), "note", null, 0, 1, QuestionMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQuestionMapping_OptionMappings(), this.getOptionMapping(), null, "optionMappings", null, 0, -1, QuestionMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(optionMappingEClass, OptionMapping.class, "OptionMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getOptionMapping_SourceOption(), theFormsPackage.getOption(), null, "sourceOption", null, 0, 1, OptionMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOptionMapping_TargetOptions(), theFormsPackage.getOption(), null, "targetOptions", null, 0, -1, OptionMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOptionMapping_Kind(), this.getMappingKind(), "kind", null, 1, 1, OptionMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOptionMapping_Note(), ecorePackage.getEString(), "note", null, 0, 1, OptionMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(harmonisedCodeListEClass, HarmonisedCodeList.class, "HarmonisedCodeList", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHarmonisedCodeList_VariableId(), ecorePackage.getEString(), "variableId", null, 1, 1, HarmonisedCodeList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHarmonisedCodeList_Label(), ecorePackage.getEString(), "label", null, 0, 1, HarmonisedCodeList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHarmonisedCodeList_Categories(), this.getHarmonisedCategory(), null, "categories", null, 0, -1, HarmonisedCodeList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(harmonisedCategoryEClass, HarmonisedCategory.class, "HarmonisedCategory", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHarmonisedCategory_Code(), ecorePackage.getEInt(), "code", null, 1, 1, HarmonisedCategory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHarmonisedCategory_Label(), ecorePackage.getEString(), "label", null, 1, 1, HarmonisedCategory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHarmonisedCategory_Comparable(), ecorePackage.getEBoolean(), "comparable", "true", 0, 1, HarmonisedCategory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHarmonisedCategory_Note(), ecorePackage.getEString(), "note", null, 0, 1, HarmonisedCategory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHarmonisedCategory_SourceOptions(), theFormsPackage.getOption(), null, "sourceOptions", null, 0, -1, HarmonisedCategory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHarmonisedCategory_TargetOptions(), theFormsPackage.getOption(), null, "targetOptions", null, 0, -1, HarmonisedCategory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(mappingKindEEnum, MappingKind.class, "MappingKind");
		addEEnumLiteral(mappingKindEEnum, MappingKind.EXACT);
		addEEnumLiteral(mappingKindEEnum, MappingKind.MERGED);
		addEEnumLiteral(mappingKindEEnum, MappingKind.SPLIT);
		addEEnumLiteral(mappingKindEEnum, MappingKind.NEW);
		addEEnumLiteral(mappingKindEEnum, MappingKind.DROPPED);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEcoreAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/Ecore";
		addAnnotation
		  (crosswalkEClass,
		   source,
		   new String[] {
			   "constraints", "EverySourceOptionMapped"
		   });
	}

} //CrosswalkPackageImpl
