/**
 */
package se.isu.forms.crosswalk;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How the questions and options of one form version map to another's, and the harmonised code lists that both map to for analyses across versions.
 * <!-- end-model-doc -->
 * @see se.isu.forms.crosswalk.CrosswalkFactory
 * @model kind="package"
 * @generated
 */
public interface CrosswalkPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "crosswalk";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://se.isu/forms/crosswalk/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "crosswalk";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CrosswalkPackage eINSTANCE = se.isu.forms.crosswalk.impl.CrosswalkPackageImpl.init();

	/**
	 * The meta object id for the '{@link se.isu.forms.crosswalk.impl.CrosswalkImpl <em>Crosswalk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.crosswalk.impl.CrosswalkImpl
	 * @see se.isu.forms.crosswalk.impl.CrosswalkPackageImpl#getCrosswalk()
	 * @generated
	 */
	int CROSSWALK = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSWALK__ID = 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSWALK__SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSWALK__TARGET = 2;

	/**
	 * The feature id for the '<em><b>Question Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSWALK__QUESTION_MAPPINGS = 3;

	/**
	 * The feature id for the '<em><b>Code Lists</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSWALK__CODE_LISTS = 4;

	/**
	 * The number of structural features of the '<em>Crosswalk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSWALK_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Crosswalk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSWALK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.forms.crosswalk.impl.QuestionMappingImpl <em>Question Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.crosswalk.impl.QuestionMappingImpl
	 * @see se.isu.forms.crosswalk.impl.CrosswalkPackageImpl#getQuestionMapping()
	 * @generated
	 */
	int QUESTION_MAPPING = 1;

	/**
	 * The feature id for the '<em><b>Source Question</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_MAPPING__SOURCE_QUESTION = 0;

	/**
	 * The feature id for the '<em><b>Target Question</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_MAPPING__TARGET_QUESTION = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_MAPPING__KIND = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_MAPPING__NOTE = 3;

	/**
	 * The feature id for the '<em><b>Option Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_MAPPING__OPTION_MAPPINGS = 4;

	/**
	 * The number of structural features of the '<em>Question Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_MAPPING_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Question Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_MAPPING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.forms.crosswalk.impl.OptionMappingImpl <em>Option Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.crosswalk.impl.OptionMappingImpl
	 * @see se.isu.forms.crosswalk.impl.CrosswalkPackageImpl#getOptionMapping()
	 * @generated
	 */
	int OPTION_MAPPING = 2;

	/**
	 * The feature id for the '<em><b>Source Option</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION_MAPPING__SOURCE_OPTION = 0;

	/**
	 * The feature id for the '<em><b>Target Options</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION_MAPPING__TARGET_OPTIONS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION_MAPPING__KIND = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION_MAPPING__NOTE = 3;

	/**
	 * The number of structural features of the '<em>Option Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION_MAPPING_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Option Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION_MAPPING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.forms.crosswalk.impl.HarmonisedCodeListImpl <em>Harmonised Code List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.crosswalk.impl.HarmonisedCodeListImpl
	 * @see se.isu.forms.crosswalk.impl.CrosswalkPackageImpl#getHarmonisedCodeList()
	 * @generated
	 */
	int HARMONISED_CODE_LIST = 3;

	/**
	 * The feature id for the '<em><b>Variable Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARMONISED_CODE_LIST__VARIABLE_ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARMONISED_CODE_LIST__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Categories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARMONISED_CODE_LIST__CATEGORIES = 2;

	/**
	 * The number of structural features of the '<em>Harmonised Code List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARMONISED_CODE_LIST_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Harmonised Code List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARMONISED_CODE_LIST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.forms.crosswalk.impl.HarmonisedCategoryImpl <em>Harmonised Category</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.crosswalk.impl.HarmonisedCategoryImpl
	 * @see se.isu.forms.crosswalk.impl.CrosswalkPackageImpl#getHarmonisedCategory()
	 * @generated
	 */
	int HARMONISED_CATEGORY = 4;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARMONISED_CATEGORY__CODE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARMONISED_CATEGORY__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Comparable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARMONISED_CATEGORY__COMPARABLE = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARMONISED_CATEGORY__NOTE = 3;

	/**
	 * The feature id for the '<em><b>Source Options</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARMONISED_CATEGORY__SOURCE_OPTIONS = 4;

	/**
	 * The feature id for the '<em><b>Target Options</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARMONISED_CATEGORY__TARGET_OPTIONS = 5;

	/**
	 * The number of structural features of the '<em>Harmonised Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARMONISED_CATEGORY_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Harmonised Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARMONISED_CATEGORY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.forms.crosswalk.MappingKind <em>Mapping Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.crosswalk.MappingKind
	 * @see se.isu.forms.crosswalk.impl.CrosswalkPackageImpl#getMappingKind()
	 * @generated
	 */
	int MAPPING_KIND = 5;


	/**
	 * Returns the meta object for class '{@link se.isu.forms.crosswalk.Crosswalk <em>Crosswalk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Crosswalk</em>'.
	 * @see se.isu.forms.crosswalk.Crosswalk
	 * @generated
	 */
	EClass getCrosswalk();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.crosswalk.Crosswalk#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.isu.forms.crosswalk.Crosswalk#getId()
	 * @see #getCrosswalk()
	 * @generated
	 */
	EAttribute getCrosswalk_Id();

	/**
	 * Returns the meta object for the reference '{@link se.isu.forms.crosswalk.Crosswalk#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see se.isu.forms.crosswalk.Crosswalk#getSource()
	 * @see #getCrosswalk()
	 * @generated
	 */
	EReference getCrosswalk_Source();

	/**
	 * Returns the meta object for the reference '{@link se.isu.forms.crosswalk.Crosswalk#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see se.isu.forms.crosswalk.Crosswalk#getTarget()
	 * @see #getCrosswalk()
	 * @generated
	 */
	EReference getCrosswalk_Target();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.forms.crosswalk.Crosswalk#getQuestionMappings <em>Question Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Question Mappings</em>'.
	 * @see se.isu.forms.crosswalk.Crosswalk#getQuestionMappings()
	 * @see #getCrosswalk()
	 * @generated
	 */
	EReference getCrosswalk_QuestionMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.forms.crosswalk.Crosswalk#getCodeLists <em>Code Lists</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Code Lists</em>'.
	 * @see se.isu.forms.crosswalk.Crosswalk#getCodeLists()
	 * @see #getCrosswalk()
	 * @generated
	 */
	EReference getCrosswalk_CodeLists();

	/**
	 * Returns the meta object for class '{@link se.isu.forms.crosswalk.QuestionMapping <em>Question Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Question Mapping</em>'.
	 * @see se.isu.forms.crosswalk.QuestionMapping
	 * @generated
	 */
	EClass getQuestionMapping();

	/**
	 * Returns the meta object for the reference '{@link se.isu.forms.crosswalk.QuestionMapping#getSourceQuestion <em>Source Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source Question</em>'.
	 * @see se.isu.forms.crosswalk.QuestionMapping#getSourceQuestion()
	 * @see #getQuestionMapping()
	 * @generated
	 */
	EReference getQuestionMapping_SourceQuestion();

	/**
	 * Returns the meta object for the reference '{@link se.isu.forms.crosswalk.QuestionMapping#getTargetQuestion <em>Target Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target Question</em>'.
	 * @see se.isu.forms.crosswalk.QuestionMapping#getTargetQuestion()
	 * @see #getQuestionMapping()
	 * @generated
	 */
	EReference getQuestionMapping_TargetQuestion();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.crosswalk.QuestionMapping#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see se.isu.forms.crosswalk.QuestionMapping#getKind()
	 * @see #getQuestionMapping()
	 * @generated
	 */
	EAttribute getQuestionMapping_Kind();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.crosswalk.QuestionMapping#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see se.isu.forms.crosswalk.QuestionMapping#getNote()
	 * @see #getQuestionMapping()
	 * @generated
	 */
	EAttribute getQuestionMapping_Note();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.forms.crosswalk.QuestionMapping#getOptionMappings <em>Option Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Option Mappings</em>'.
	 * @see se.isu.forms.crosswalk.QuestionMapping#getOptionMappings()
	 * @see #getQuestionMapping()
	 * @generated
	 */
	EReference getQuestionMapping_OptionMappings();

	/**
	 * Returns the meta object for class '{@link se.isu.forms.crosswalk.OptionMapping <em>Option Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Option Mapping</em>'.
	 * @see se.isu.forms.crosswalk.OptionMapping
	 * @generated
	 */
	EClass getOptionMapping();

	/**
	 * Returns the meta object for the reference '{@link se.isu.forms.crosswalk.OptionMapping#getSourceOption <em>Source Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source Option</em>'.
	 * @see se.isu.forms.crosswalk.OptionMapping#getSourceOption()
	 * @see #getOptionMapping()
	 * @generated
	 */
	EReference getOptionMapping_SourceOption();

	/**
	 * Returns the meta object for the reference list '{@link se.isu.forms.crosswalk.OptionMapping#getTargetOptions <em>Target Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Target Options</em>'.
	 * @see se.isu.forms.crosswalk.OptionMapping#getTargetOptions()
	 * @see #getOptionMapping()
	 * @generated
	 */
	EReference getOptionMapping_TargetOptions();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.crosswalk.OptionMapping#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see se.isu.forms.crosswalk.OptionMapping#getKind()
	 * @see #getOptionMapping()
	 * @generated
	 */
	EAttribute getOptionMapping_Kind();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.crosswalk.OptionMapping#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see se.isu.forms.crosswalk.OptionMapping#getNote()
	 * @see #getOptionMapping()
	 * @generated
	 */
	EAttribute getOptionMapping_Note();

	/**
	 * Returns the meta object for class '{@link se.isu.forms.crosswalk.HarmonisedCodeList <em>Harmonised Code List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Harmonised Code List</em>'.
	 * @see se.isu.forms.crosswalk.HarmonisedCodeList
	 * @generated
	 */
	EClass getHarmonisedCodeList();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.crosswalk.HarmonisedCodeList#getVariableId <em>Variable Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variable Id</em>'.
	 * @see se.isu.forms.crosswalk.HarmonisedCodeList#getVariableId()
	 * @see #getHarmonisedCodeList()
	 * @generated
	 */
	EAttribute getHarmonisedCodeList_VariableId();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.crosswalk.HarmonisedCodeList#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see se.isu.forms.crosswalk.HarmonisedCodeList#getLabel()
	 * @see #getHarmonisedCodeList()
	 * @generated
	 */
	EAttribute getHarmonisedCodeList_Label();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.forms.crosswalk.HarmonisedCodeList#getCategories <em>Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Categories</em>'.
	 * @see se.isu.forms.crosswalk.HarmonisedCodeList#getCategories()
	 * @see #getHarmonisedCodeList()
	 * @generated
	 */
	EReference getHarmonisedCodeList_Categories();

	/**
	 * Returns the meta object for class '{@link se.isu.forms.crosswalk.HarmonisedCategory <em>Harmonised Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Harmonised Category</em>'.
	 * @see se.isu.forms.crosswalk.HarmonisedCategory
	 * @generated
	 */
	EClass getHarmonisedCategory();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.crosswalk.HarmonisedCategory#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see se.isu.forms.crosswalk.HarmonisedCategory#getCode()
	 * @see #getHarmonisedCategory()
	 * @generated
	 */
	EAttribute getHarmonisedCategory_Code();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.crosswalk.HarmonisedCategory#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see se.isu.forms.crosswalk.HarmonisedCategory#getLabel()
	 * @see #getHarmonisedCategory()
	 * @generated
	 */
	EAttribute getHarmonisedCategory_Label();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.crosswalk.HarmonisedCategory#isComparable <em>Comparable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comparable</em>'.
	 * @see se.isu.forms.crosswalk.HarmonisedCategory#isComparable()
	 * @see #getHarmonisedCategory()
	 * @generated
	 */
	EAttribute getHarmonisedCategory_Comparable();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.crosswalk.HarmonisedCategory#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see se.isu.forms.crosswalk.HarmonisedCategory#getNote()
	 * @see #getHarmonisedCategory()
	 * @generated
	 */
	EAttribute getHarmonisedCategory_Note();

	/**
	 * Returns the meta object for the reference list '{@link se.isu.forms.crosswalk.HarmonisedCategory#getSourceOptions <em>Source Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Source Options</em>'.
	 * @see se.isu.forms.crosswalk.HarmonisedCategory#getSourceOptions()
	 * @see #getHarmonisedCategory()
	 * @generated
	 */
	EReference getHarmonisedCategory_SourceOptions();

	/**
	 * Returns the meta object for the reference list '{@link se.isu.forms.crosswalk.HarmonisedCategory#getTargetOptions <em>Target Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Target Options</em>'.
	 * @see se.isu.forms.crosswalk.HarmonisedCategory#getTargetOptions()
	 * @see #getHarmonisedCategory()
	 * @generated
	 */
	EReference getHarmonisedCategory_TargetOptions();

	/**
	 * Returns the meta object for enum '{@link se.isu.forms.crosswalk.MappingKind <em>Mapping Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mapping Kind</em>'.
	 * @see se.isu.forms.crosswalk.MappingKind
	 * @generated
	 */
	EEnum getMappingKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CrosswalkFactory getCrosswalkFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link se.isu.forms.crosswalk.impl.CrosswalkImpl <em>Crosswalk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.crosswalk.impl.CrosswalkImpl
		 * @see se.isu.forms.crosswalk.impl.CrosswalkPackageImpl#getCrosswalk()
		 * @generated
		 */
		EClass CROSSWALK = eINSTANCE.getCrosswalk();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSSWALK__ID = eINSTANCE.getCrosswalk_Id();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CROSSWALK__SOURCE = eINSTANCE.getCrosswalk_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CROSSWALK__TARGET = eINSTANCE.getCrosswalk_Target();

		/**
		 * The meta object literal for the '<em><b>Question Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CROSSWALK__QUESTION_MAPPINGS = eINSTANCE.getCrosswalk_QuestionMappings();

		/**
		 * The meta object literal for the '<em><b>Code Lists</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CROSSWALK__CODE_LISTS = eINSTANCE.getCrosswalk_CodeLists();

		/**
		 * The meta object literal for the '{@link se.isu.forms.crosswalk.impl.QuestionMappingImpl <em>Question Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.crosswalk.impl.QuestionMappingImpl
		 * @see se.isu.forms.crosswalk.impl.CrosswalkPackageImpl#getQuestionMapping()
		 * @generated
		 */
		EClass QUESTION_MAPPING = eINSTANCE.getQuestionMapping();

		/**
		 * The meta object literal for the '<em><b>Source Question</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUESTION_MAPPING__SOURCE_QUESTION = eINSTANCE.getQuestionMapping_SourceQuestion();

		/**
		 * The meta object literal for the '<em><b>Target Question</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUESTION_MAPPING__TARGET_QUESTION = eINSTANCE.getQuestionMapping_TargetQuestion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION_MAPPING__KIND = eINSTANCE.getQuestionMapping_Kind();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION_MAPPING__NOTE = eINSTANCE.getQuestionMapping_Note();

		/**
		 * The meta object literal for the '<em><b>Option Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUESTION_MAPPING__OPTION_MAPPINGS = eINSTANCE.getQuestionMapping_OptionMappings();

		/**
		 * The meta object literal for the '{@link se.isu.forms.crosswalk.impl.OptionMappingImpl <em>Option Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.crosswalk.impl.OptionMappingImpl
		 * @see se.isu.forms.crosswalk.impl.CrosswalkPackageImpl#getOptionMapping()
		 * @generated
		 */
		EClass OPTION_MAPPING = eINSTANCE.getOptionMapping();

		/**
		 * The meta object literal for the '<em><b>Source Option</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPTION_MAPPING__SOURCE_OPTION = eINSTANCE.getOptionMapping_SourceOption();

		/**
		 * The meta object literal for the '<em><b>Target Options</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPTION_MAPPING__TARGET_OPTIONS = eINSTANCE.getOptionMapping_TargetOptions();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTION_MAPPING__KIND = eINSTANCE.getOptionMapping_Kind();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTION_MAPPING__NOTE = eINSTANCE.getOptionMapping_Note();

		/**
		 * The meta object literal for the '{@link se.isu.forms.crosswalk.impl.HarmonisedCodeListImpl <em>Harmonised Code List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.crosswalk.impl.HarmonisedCodeListImpl
		 * @see se.isu.forms.crosswalk.impl.CrosswalkPackageImpl#getHarmonisedCodeList()
		 * @generated
		 */
		EClass HARMONISED_CODE_LIST = eINSTANCE.getHarmonisedCodeList();

		/**
		 * The meta object literal for the '<em><b>Variable Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HARMONISED_CODE_LIST__VARIABLE_ID = eINSTANCE.getHarmonisedCodeList_VariableId();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HARMONISED_CODE_LIST__LABEL = eINSTANCE.getHarmonisedCodeList_Label();

		/**
		 * The meta object literal for the '<em><b>Categories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HARMONISED_CODE_LIST__CATEGORIES = eINSTANCE.getHarmonisedCodeList_Categories();

		/**
		 * The meta object literal for the '{@link se.isu.forms.crosswalk.impl.HarmonisedCategoryImpl <em>Harmonised Category</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.crosswalk.impl.HarmonisedCategoryImpl
		 * @see se.isu.forms.crosswalk.impl.CrosswalkPackageImpl#getHarmonisedCategory()
		 * @generated
		 */
		EClass HARMONISED_CATEGORY = eINSTANCE.getHarmonisedCategory();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HARMONISED_CATEGORY__CODE = eINSTANCE.getHarmonisedCategory_Code();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HARMONISED_CATEGORY__LABEL = eINSTANCE.getHarmonisedCategory_Label();

		/**
		 * The meta object literal for the '<em><b>Comparable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HARMONISED_CATEGORY__COMPARABLE = eINSTANCE.getHarmonisedCategory_Comparable();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HARMONISED_CATEGORY__NOTE = eINSTANCE.getHarmonisedCategory_Note();

		/**
		 * The meta object literal for the '<em><b>Source Options</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HARMONISED_CATEGORY__SOURCE_OPTIONS = eINSTANCE.getHarmonisedCategory_SourceOptions();

		/**
		 * The meta object literal for the '<em><b>Target Options</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HARMONISED_CATEGORY__TARGET_OPTIONS = eINSTANCE.getHarmonisedCategory_TargetOptions();

		/**
		 * The meta object literal for the '{@link se.isu.forms.crosswalk.MappingKind <em>Mapping Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.crosswalk.MappingKind
		 * @see se.isu.forms.crosswalk.impl.CrosswalkPackageImpl#getMappingKind()
		 * @generated
		 */
		EEnum MAPPING_KIND = eINSTANCE.getMappingKind();

	}

} //CrosswalkPackage
