/**
 */
package se.isu.forms;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
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
 * Form definitions for individual-based systematic follow-up (ISU): versioned forms with sections, questions, options with stable codes, help texts, definitions, rules across questions and derived variables.
 * <!-- end-model-doc -->
 * @see se.isu.forms.FormsFactory
 * @model kind="package"
 * @generated
 */
public interface FormsPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "forms";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://se.isu/forms/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "forms";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FormsPackage eINSTANCE = se.isu.forms.impl.FormsPackageImpl.init();

	/**
	 * The meta object id for the '{@link se.isu.forms.impl.FormDefinitionImpl <em>Form Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.impl.FormDefinitionImpl
	 * @see se.isu.forms.impl.FormsPackageImpl#getFormDefinition()
	 * @generated
	 */
	int FORM_DEFINITION = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION__NAME = 1;

	/**
	 * The feature id for the '<em><b>Versions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION__VERSIONS = 2;

	/**
	 * The number of structural features of the '<em>Form Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Form Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.forms.impl.FormVersionImpl <em>Form Version</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.impl.FormVersionImpl
	 * @see se.isu.forms.impl.FormsPackageImpl#getFormVersion()
	 * @generated
	 */
	int FORM_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Form Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_VERSION__FORM_ID = 0;

	/**
	 * The feature id for the '<em><b>Form Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_VERSION__FORM_NAME = 1;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_VERSION__VERSION = 2;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_VERSION__TITLE = 3;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_VERSION__PUBLISHER = 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_VERSION__STATUS = 5;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_VERSION__VALID_FROM = 6;

	/**
	 * The feature id for the '<em><b>Published Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_VERSION__PUBLISHED_DIGEST = 7;

	/**
	 * The feature id for the '<em><b>Predecessor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_VERSION__PREDECESSOR = 8;

	/**
	 * The feature id for the '<em><b>Change Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_VERSION__CHANGE_NOTES = 9;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_VERSION__SECTIONS = 10;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_VERSION__RULES = 11;

	/**
	 * The feature id for the '<em><b>Derived Variables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_VERSION__DERIVED_VARIABLES = 12;

	/**
	 * The number of structural features of the '<em>Form Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_VERSION_FEATURE_COUNT = 13;

	/**
	 * The operation id for the '<em>All Questions</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_VERSION___ALL_QUESTIONS = 0;

	/**
	 * The operation id for the '<em>Find Question</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_VERSION___FIND_QUESTION__STRING = 1;

	/**
	 * The number of operations of the '<em>Form Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_VERSION_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link se.isu.forms.impl.ChangeNoteImpl <em>Change Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.impl.ChangeNoteImpl
	 * @see se.isu.forms.impl.FormsPackageImpl#getChangeNote()
	 * @generated
	 */
	int CHANGE_NOTE = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_NOTE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_NOTE__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_NOTE__SOURCE = 2;

	/**
	 * The feature id for the '<em><b>Variable Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_NOTE__VARIABLE_IDS = 3;

	/**
	 * The number of structural features of the '<em>Change Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_NOTE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Change Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_NOTE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.forms.impl.SectionImpl <em>Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.impl.SectionImpl
	 * @see se.isu.forms.impl.FormsPackageImpl#getSection()
	 * @generated
	 */
	int SECTION = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Questions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__QUESTIONS = 2;

	/**
	 * The number of structural features of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.forms.impl.QuestionImpl <em>Question</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.impl.QuestionImpl
	 * @see se.isu.forms.impl.FormsPackageImpl#getQuestion()
	 * @generated
	 */
	int QUESTION = 4;

	/**
	 * The feature id for the '<em><b>Variable Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__VARIABLE_ID = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__TEXT = 2;

	/**
	 * The feature id for the '<em><b>Help Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__HELP_TEXT = 3;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__REQUIRED = 4;

	/**
	 * The feature id for the '<em><b>Retired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__RETIRED = 5;

	/**
	 * The number of structural features of the '<em>Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.forms.impl.TextQuestionImpl <em>Text Question</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.impl.TextQuestionImpl
	 * @see se.isu.forms.impl.FormsPackageImpl#getTextQuestion()
	 * @generated
	 */
	int TEXT_QUESTION = 5;

	/**
	 * The feature id for the '<em><b>Variable Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_QUESTION__VARIABLE_ID = QUESTION__VARIABLE_ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_QUESTION__NUMBER = QUESTION__NUMBER;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_QUESTION__TEXT = QUESTION__TEXT;

	/**
	 * The feature id for the '<em><b>Help Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_QUESTION__HELP_TEXT = QUESTION__HELP_TEXT;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_QUESTION__REQUIRED = QUESTION__REQUIRED;

	/**
	 * The feature id for the '<em><b>Retired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_QUESTION__RETIRED = QUESTION__RETIRED;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_QUESTION__KEY = QUESTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Max Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_QUESTION__MAX_LENGTH = QUESTION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Text Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_QUESTION_FEATURE_COUNT = QUESTION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Text Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_QUESTION_OPERATION_COUNT = QUESTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.isu.forms.impl.IntegerQuestionImpl <em>Integer Question</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.impl.IntegerQuestionImpl
	 * @see se.isu.forms.impl.FormsPackageImpl#getIntegerQuestion()
	 * @generated
	 */
	int INTEGER_QUESTION = 6;

	/**
	 * The feature id for the '<em><b>Variable Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGER_QUESTION__VARIABLE_ID = QUESTION__VARIABLE_ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGER_QUESTION__NUMBER = QUESTION__NUMBER;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGER_QUESTION__TEXT = QUESTION__TEXT;

	/**
	 * The feature id for the '<em><b>Help Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGER_QUESTION__HELP_TEXT = QUESTION__HELP_TEXT;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGER_QUESTION__REQUIRED = QUESTION__REQUIRED;

	/**
	 * The feature id for the '<em><b>Retired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGER_QUESTION__RETIRED = QUESTION__RETIRED;

	/**
	 * The feature id for the '<em><b>Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGER_QUESTION__MINIMUM = QUESTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGER_QUESTION__MAXIMUM = QUESTION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGER_QUESTION__UNIT = QUESTION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Integer Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGER_QUESTION_FEATURE_COUNT = QUESTION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Integer Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGER_QUESTION_OPERATION_COUNT = QUESTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.isu.forms.impl.DateQuestionImpl <em>Date Question</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.impl.DateQuestionImpl
	 * @see se.isu.forms.impl.FormsPackageImpl#getDateQuestion()
	 * @generated
	 */
	int DATE_QUESTION = 7;

	/**
	 * The feature id for the '<em><b>Variable Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_QUESTION__VARIABLE_ID = QUESTION__VARIABLE_ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_QUESTION__NUMBER = QUESTION__NUMBER;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_QUESTION__TEXT = QUESTION__TEXT;

	/**
	 * The feature id for the '<em><b>Help Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_QUESTION__HELP_TEXT = QUESTION__HELP_TEXT;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_QUESTION__REQUIRED = QUESTION__REQUIRED;

	/**
	 * The feature id for the '<em><b>Retired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_QUESTION__RETIRED = QUESTION__RETIRED;

	/**
	 * The number of structural features of the '<em>Date Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_QUESTION_FEATURE_COUNT = QUESTION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Date Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_QUESTION_OPERATION_COUNT = QUESTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.isu.forms.impl.ChoiceQuestionImpl <em>Choice Question</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.impl.ChoiceQuestionImpl
	 * @see se.isu.forms.impl.FormsPackageImpl#getChoiceQuestion()
	 * @generated
	 */
	int CHOICE_QUESTION = 8;

	/**
	 * The feature id for the '<em><b>Variable Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_QUESTION__VARIABLE_ID = QUESTION__VARIABLE_ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_QUESTION__NUMBER = QUESTION__NUMBER;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_QUESTION__TEXT = QUESTION__TEXT;

	/**
	 * The feature id for the '<em><b>Help Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_QUESTION__HELP_TEXT = QUESTION__HELP_TEXT;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_QUESTION__REQUIRED = QUESTION__REQUIRED;

	/**
	 * The feature id for the '<em><b>Retired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_QUESTION__RETIRED = QUESTION__RETIRED;

	/**
	 * The feature id for the '<em><b>Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_QUESTION__OPTIONS = QUESTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Choice Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_QUESTION_FEATURE_COUNT = QUESTION_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Find Option</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_QUESTION___FIND_OPTION__INT = QUESTION_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Choice Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_QUESTION_OPERATION_COUNT = QUESTION_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link se.isu.forms.impl.SingleChoiceQuestionImpl <em>Single Choice Question</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.impl.SingleChoiceQuestionImpl
	 * @see se.isu.forms.impl.FormsPackageImpl#getSingleChoiceQuestion()
	 * @generated
	 */
	int SINGLE_CHOICE_QUESTION = 9;

	/**
	 * The feature id for the '<em><b>Variable Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINGLE_CHOICE_QUESTION__VARIABLE_ID = CHOICE_QUESTION__VARIABLE_ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINGLE_CHOICE_QUESTION__NUMBER = CHOICE_QUESTION__NUMBER;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINGLE_CHOICE_QUESTION__TEXT = CHOICE_QUESTION__TEXT;

	/**
	 * The feature id for the '<em><b>Help Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINGLE_CHOICE_QUESTION__HELP_TEXT = CHOICE_QUESTION__HELP_TEXT;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINGLE_CHOICE_QUESTION__REQUIRED = CHOICE_QUESTION__REQUIRED;

	/**
	 * The feature id for the '<em><b>Retired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINGLE_CHOICE_QUESTION__RETIRED = CHOICE_QUESTION__RETIRED;

	/**
	 * The feature id for the '<em><b>Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINGLE_CHOICE_QUESTION__OPTIONS = CHOICE_QUESTION__OPTIONS;

	/**
	 * The number of structural features of the '<em>Single Choice Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINGLE_CHOICE_QUESTION_FEATURE_COUNT = CHOICE_QUESTION_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Find Option</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINGLE_CHOICE_QUESTION___FIND_OPTION__INT = CHOICE_QUESTION___FIND_OPTION__INT;

	/**
	 * The number of operations of the '<em>Single Choice Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINGLE_CHOICE_QUESTION_OPERATION_COUNT = CHOICE_QUESTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.isu.forms.impl.MultipleChoiceQuestionImpl <em>Multiple Choice Question</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.impl.MultipleChoiceQuestionImpl
	 * @see se.isu.forms.impl.FormsPackageImpl#getMultipleChoiceQuestion()
	 * @generated
	 */
	int MULTIPLE_CHOICE_QUESTION = 10;

	/**
	 * The feature id for the '<em><b>Variable Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_CHOICE_QUESTION__VARIABLE_ID = CHOICE_QUESTION__VARIABLE_ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_CHOICE_QUESTION__NUMBER = CHOICE_QUESTION__NUMBER;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_CHOICE_QUESTION__TEXT = CHOICE_QUESTION__TEXT;

	/**
	 * The feature id for the '<em><b>Help Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_CHOICE_QUESTION__HELP_TEXT = CHOICE_QUESTION__HELP_TEXT;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_CHOICE_QUESTION__REQUIRED = CHOICE_QUESTION__REQUIRED;

	/**
	 * The feature id for the '<em><b>Retired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_CHOICE_QUESTION__RETIRED = CHOICE_QUESTION__RETIRED;

	/**
	 * The feature id for the '<em><b>Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_CHOICE_QUESTION__OPTIONS = CHOICE_QUESTION__OPTIONS;

	/**
	 * The feature id for the '<em><b>Max Selections</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_CHOICE_QUESTION__MAX_SELECTIONS = CHOICE_QUESTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Multiple Choice Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_CHOICE_QUESTION_FEATURE_COUNT = CHOICE_QUESTION_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Find Option</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_CHOICE_QUESTION___FIND_OPTION__INT = CHOICE_QUESTION___FIND_OPTION__INT;

	/**
	 * The number of operations of the '<em>Multiple Choice Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_CHOICE_QUESTION_OPERATION_COUNT = CHOICE_QUESTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.isu.forms.impl.OptionImpl <em>Option</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.impl.OptionImpl
	 * @see se.isu.forms.impl.FormsPackageImpl#getOption()
	 * @generated
	 */
	int OPTION = 11;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION__CODE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION__DEFINITION = 2;

	/**
	 * The feature id for the '<em><b>Requires Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION__REQUIRES_COMMENT = 3;

	/**
	 * The feature id for the '<em><b>Retired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION__RETIRED = 4;

	/**
	 * The number of structural features of the '<em>Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.forms.impl.RuleImpl <em>Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.impl.RuleImpl
	 * @see se.isu.forms.impl.FormsPackageImpl#getRule()
	 * @generated
	 */
	int RULE = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__ID = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__MESSAGE = 1;

	/**
	 * The number of structural features of the '<em>Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.forms.impl.DateOrderRuleImpl <em>Date Order Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.impl.DateOrderRuleImpl
	 * @see se.isu.forms.impl.FormsPackageImpl#getDateOrderRule()
	 * @generated
	 */
	int DATE_ORDER_RULE = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_ORDER_RULE__ID = RULE__ID;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_ORDER_RULE__MESSAGE = RULE__MESSAGE;

	/**
	 * The feature id for the '<em><b>Earlier</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_ORDER_RULE__EARLIER = RULE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Later</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_ORDER_RULE__LATER = RULE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Date Order Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_ORDER_RULE_FEATURE_COUNT = RULE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Date Order Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_ORDER_RULE_OPERATION_COUNT = RULE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.isu.forms.impl.RangeRuleImpl <em>Range Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.impl.RangeRuleImpl
	 * @see se.isu.forms.impl.FormsPackageImpl#getRangeRule()
	 * @generated
	 */
	int RANGE_RULE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_RULE__ID = RULE__ID;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_RULE__MESSAGE = RULE__MESSAGE;

	/**
	 * The feature id for the '<em><b>Question</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_RULE__QUESTION = RULE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_RULE__MINIMUM = RULE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_RULE__MAXIMUM = RULE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Range Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_RULE_FEATURE_COUNT = RULE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Range Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_RULE_OPERATION_COUNT = RULE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.isu.forms.impl.DerivedVariableImpl <em>Derived Variable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.impl.DerivedVariableImpl
	 * @see se.isu.forms.impl.FormsPackageImpl#getDerivedVariable()
	 * @generated
	 */
	int DERIVED_VARIABLE = 15;

	/**
	 * The feature id for the '<em><b>Variable Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVED_VARIABLE__VARIABLE_ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVED_VARIABLE__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVED_VARIABLE__DEFINITION = 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVED_VARIABLE__UNIT = 3;

	/**
	 * The feature id for the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVED_VARIABLE__FROM = 4;

	/**
	 * The feature id for the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVED_VARIABLE__TO = 5;

	/**
	 * The number of structural features of the '<em>Derived Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVED_VARIABLE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Derived Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVED_VARIABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.forms.VersionStatus <em>Version Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.VersionStatus
	 * @see se.isu.forms.impl.FormsPackageImpl#getVersionStatus()
	 * @generated
	 */
	int VERSION_STATUS = 16;

	/**
	 * The meta object id for the '{@link se.isu.forms.ChangeNoteKind <em>Change Note Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.forms.ChangeNoteKind
	 * @see se.isu.forms.impl.FormsPackageImpl#getChangeNoteKind()
	 * @generated
	 */
	int CHANGE_NOTE_KIND = 17;

	/**
	 * The meta object id for the '<em>Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see se.isu.forms.impl.FormsPackageImpl#getDate()
	 * @generated
	 */
	int DATE = 18;


	/**
	 * Returns the meta object for class '{@link se.isu.forms.FormDefinition <em>Form Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Form Definition</em>'.
	 * @see se.isu.forms.FormDefinition
	 * @generated
	 */
	EClass getFormDefinition();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.FormDefinition#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.isu.forms.FormDefinition#getId()
	 * @see #getFormDefinition()
	 * @generated
	 */
	EAttribute getFormDefinition_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.FormDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see se.isu.forms.FormDefinition#getName()
	 * @see #getFormDefinition()
	 * @generated
	 */
	EAttribute getFormDefinition_Name();

	/**
	 * Returns the meta object for the reference list '{@link se.isu.forms.FormDefinition#getVersions <em>Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Versions</em>'.
	 * @see se.isu.forms.FormDefinition#getVersions()
	 * @see #getFormDefinition()
	 * @generated
	 */
	EReference getFormDefinition_Versions();

	/**
	 * Returns the meta object for class '{@link se.isu.forms.FormVersion <em>Form Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Form Version</em>'.
	 * @see se.isu.forms.FormVersion
	 * @generated
	 */
	EClass getFormVersion();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.FormVersion#getFormId <em>Form Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Form Id</em>'.
	 * @see se.isu.forms.FormVersion#getFormId()
	 * @see #getFormVersion()
	 * @generated
	 */
	EAttribute getFormVersion_FormId();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.FormVersion#getFormName <em>Form Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Form Name</em>'.
	 * @see se.isu.forms.FormVersion#getFormName()
	 * @see #getFormVersion()
	 * @generated
	 */
	EAttribute getFormVersion_FormName();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.FormVersion#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see se.isu.forms.FormVersion#getVersion()
	 * @see #getFormVersion()
	 * @generated
	 */
	EAttribute getFormVersion_Version();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.FormVersion#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see se.isu.forms.FormVersion#getTitle()
	 * @see #getFormVersion()
	 * @generated
	 */
	EAttribute getFormVersion_Title();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.FormVersion#getPublisher <em>Publisher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publisher</em>'.
	 * @see se.isu.forms.FormVersion#getPublisher()
	 * @see #getFormVersion()
	 * @generated
	 */
	EAttribute getFormVersion_Publisher();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.FormVersion#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see se.isu.forms.FormVersion#getStatus()
	 * @see #getFormVersion()
	 * @generated
	 */
	EAttribute getFormVersion_Status();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.FormVersion#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see se.isu.forms.FormVersion#getValidFrom()
	 * @see #getFormVersion()
	 * @generated
	 */
	EAttribute getFormVersion_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.FormVersion#getPublishedDigest <em>Published Digest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published Digest</em>'.
	 * @see se.isu.forms.FormVersion#getPublishedDigest()
	 * @see #getFormVersion()
	 * @generated
	 */
	EAttribute getFormVersion_PublishedDigest();

	/**
	 * Returns the meta object for the reference '{@link se.isu.forms.FormVersion#getPredecessor <em>Predecessor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Predecessor</em>'.
	 * @see se.isu.forms.FormVersion#getPredecessor()
	 * @see #getFormVersion()
	 * @generated
	 */
	EReference getFormVersion_Predecessor();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.forms.FormVersion#getChangeNotes <em>Change Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Change Notes</em>'.
	 * @see se.isu.forms.FormVersion#getChangeNotes()
	 * @see #getFormVersion()
	 * @generated
	 */
	EReference getFormVersion_ChangeNotes();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.forms.FormVersion#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see se.isu.forms.FormVersion#getSections()
	 * @see #getFormVersion()
	 * @generated
	 */
	EReference getFormVersion_Sections();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.forms.FormVersion#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see se.isu.forms.FormVersion#getRules()
	 * @see #getFormVersion()
	 * @generated
	 */
	EReference getFormVersion_Rules();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.forms.FormVersion#getDerivedVariables <em>Derived Variables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Derived Variables</em>'.
	 * @see se.isu.forms.FormVersion#getDerivedVariables()
	 * @see #getFormVersion()
	 * @generated
	 */
	EReference getFormVersion_DerivedVariables();

	/**
	 * Returns the meta object for the '{@link se.isu.forms.FormVersion#allQuestions() <em>All Questions</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>All Questions</em>' operation.
	 * @see se.isu.forms.FormVersion#allQuestions()
	 * @generated
	 */
	EOperation getFormVersion__AllQuestions();

	/**
	 * Returns the meta object for the '{@link se.isu.forms.FormVersion#findQuestion(java.lang.String) <em>Find Question</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Question</em>' operation.
	 * @see se.isu.forms.FormVersion#findQuestion(java.lang.String)
	 * @generated
	 */
	EOperation getFormVersion__FindQuestion__String();

	/**
	 * Returns the meta object for class '{@link se.isu.forms.ChangeNote <em>Change Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Change Note</em>'.
	 * @see se.isu.forms.ChangeNote
	 * @generated
	 */
	EClass getChangeNote();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.ChangeNote#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see se.isu.forms.ChangeNote#getKind()
	 * @see #getChangeNote()
	 * @generated
	 */
	EAttribute getChangeNote_Kind();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.ChangeNote#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see se.isu.forms.ChangeNote#getText()
	 * @see #getChangeNote()
	 * @generated
	 */
	EAttribute getChangeNote_Text();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.ChangeNote#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see se.isu.forms.ChangeNote#getSource()
	 * @see #getChangeNote()
	 * @generated
	 */
	EAttribute getChangeNote_Source();

	/**
	 * Returns the meta object for the attribute list '{@link se.isu.forms.ChangeNote#getVariableIds <em>Variable Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Variable Ids</em>'.
	 * @see se.isu.forms.ChangeNote#getVariableIds()
	 * @see #getChangeNote()
	 * @generated
	 */
	EAttribute getChangeNote_VariableIds();

	/**
	 * Returns the meta object for class '{@link se.isu.forms.Section <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Section</em>'.
	 * @see se.isu.forms.Section
	 * @generated
	 */
	EClass getSection();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.Section#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.isu.forms.Section#getId()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.Section#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see se.isu.forms.Section#getTitle()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Title();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.forms.Section#getQuestions <em>Questions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Questions</em>'.
	 * @see se.isu.forms.Section#getQuestions()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Questions();

	/**
	 * Returns the meta object for class '{@link se.isu.forms.Question <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Question</em>'.
	 * @see se.isu.forms.Question
	 * @generated
	 */
	EClass getQuestion();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.Question#getVariableId <em>Variable Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variable Id</em>'.
	 * @see se.isu.forms.Question#getVariableId()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_VariableId();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.Question#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see se.isu.forms.Question#getNumber()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Number();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.Question#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see se.isu.forms.Question#getText()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Text();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.Question#getHelpText <em>Help Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Help Text</em>'.
	 * @see se.isu.forms.Question#getHelpText()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_HelpText();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.Question#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see se.isu.forms.Question#isRequired()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Required();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.Question#isRetired <em>Retired</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retired</em>'.
	 * @see se.isu.forms.Question#isRetired()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Retired();

	/**
	 * Returns the meta object for class '{@link se.isu.forms.TextQuestion <em>Text Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Text Question</em>'.
	 * @see se.isu.forms.TextQuestion
	 * @generated
	 */
	EClass getTextQuestion();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.TextQuestion#isKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see se.isu.forms.TextQuestion#isKey()
	 * @see #getTextQuestion()
	 * @generated
	 */
	EAttribute getTextQuestion_Key();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.TextQuestion#getMaxLength <em>Max Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Length</em>'.
	 * @see se.isu.forms.TextQuestion#getMaxLength()
	 * @see #getTextQuestion()
	 * @generated
	 */
	EAttribute getTextQuestion_MaxLength();

	/**
	 * Returns the meta object for class '{@link se.isu.forms.IntegerQuestion <em>Integer Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Integer Question</em>'.
	 * @see se.isu.forms.IntegerQuestion
	 * @generated
	 */
	EClass getIntegerQuestion();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.IntegerQuestion#getMinimum <em>Minimum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum</em>'.
	 * @see se.isu.forms.IntegerQuestion#getMinimum()
	 * @see #getIntegerQuestion()
	 * @generated
	 */
	EAttribute getIntegerQuestion_Minimum();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.IntegerQuestion#getMaximum <em>Maximum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum</em>'.
	 * @see se.isu.forms.IntegerQuestion#getMaximum()
	 * @see #getIntegerQuestion()
	 * @generated
	 */
	EAttribute getIntegerQuestion_Maximum();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.IntegerQuestion#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see se.isu.forms.IntegerQuestion#getUnit()
	 * @see #getIntegerQuestion()
	 * @generated
	 */
	EAttribute getIntegerQuestion_Unit();

	/**
	 * Returns the meta object for class '{@link se.isu.forms.DateQuestion <em>Date Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Date Question</em>'.
	 * @see se.isu.forms.DateQuestion
	 * @generated
	 */
	EClass getDateQuestion();

	/**
	 * Returns the meta object for class '{@link se.isu.forms.ChoiceQuestion <em>Choice Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Choice Question</em>'.
	 * @see se.isu.forms.ChoiceQuestion
	 * @generated
	 */
	EClass getChoiceQuestion();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.forms.ChoiceQuestion#getOptions <em>Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Options</em>'.
	 * @see se.isu.forms.ChoiceQuestion#getOptions()
	 * @see #getChoiceQuestion()
	 * @generated
	 */
	EReference getChoiceQuestion_Options();

	/**
	 * Returns the meta object for the '{@link se.isu.forms.ChoiceQuestion#findOption(int) <em>Find Option</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Option</em>' operation.
	 * @see se.isu.forms.ChoiceQuestion#findOption(int)
	 * @generated
	 */
	EOperation getChoiceQuestion__FindOption__int();

	/**
	 * Returns the meta object for class '{@link se.isu.forms.SingleChoiceQuestion <em>Single Choice Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Single Choice Question</em>'.
	 * @see se.isu.forms.SingleChoiceQuestion
	 * @generated
	 */
	EClass getSingleChoiceQuestion();

	/**
	 * Returns the meta object for class '{@link se.isu.forms.MultipleChoiceQuestion <em>Multiple Choice Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Multiple Choice Question</em>'.
	 * @see se.isu.forms.MultipleChoiceQuestion
	 * @generated
	 */
	EClass getMultipleChoiceQuestion();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.MultipleChoiceQuestion#getMaxSelections <em>Max Selections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Selections</em>'.
	 * @see se.isu.forms.MultipleChoiceQuestion#getMaxSelections()
	 * @see #getMultipleChoiceQuestion()
	 * @generated
	 */
	EAttribute getMultipleChoiceQuestion_MaxSelections();

	/**
	 * Returns the meta object for class '{@link se.isu.forms.Option <em>Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Option</em>'.
	 * @see se.isu.forms.Option
	 * @generated
	 */
	EClass getOption();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.Option#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see se.isu.forms.Option#getCode()
	 * @see #getOption()
	 * @generated
	 */
	EAttribute getOption_Code();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.Option#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see se.isu.forms.Option#getLabel()
	 * @see #getOption()
	 * @generated
	 */
	EAttribute getOption_Label();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.Option#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition</em>'.
	 * @see se.isu.forms.Option#getDefinition()
	 * @see #getOption()
	 * @generated
	 */
	EAttribute getOption_Definition();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.Option#isRequiresComment <em>Requires Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Requires Comment</em>'.
	 * @see se.isu.forms.Option#isRequiresComment()
	 * @see #getOption()
	 * @generated
	 */
	EAttribute getOption_RequiresComment();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.Option#isRetired <em>Retired</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retired</em>'.
	 * @see se.isu.forms.Option#isRetired()
	 * @see #getOption()
	 * @generated
	 */
	EAttribute getOption_Retired();

	/**
	 * Returns the meta object for class '{@link se.isu.forms.Rule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule</em>'.
	 * @see se.isu.forms.Rule
	 * @generated
	 */
	EClass getRule();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.Rule#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.isu.forms.Rule#getId()
	 * @see #getRule()
	 * @generated
	 */
	EAttribute getRule_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.Rule#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see se.isu.forms.Rule#getMessage()
	 * @see #getRule()
	 * @generated
	 */
	EAttribute getRule_Message();

	/**
	 * Returns the meta object for class '{@link se.isu.forms.DateOrderRule <em>Date Order Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Date Order Rule</em>'.
	 * @see se.isu.forms.DateOrderRule
	 * @generated
	 */
	EClass getDateOrderRule();

	/**
	 * Returns the meta object for the reference '{@link se.isu.forms.DateOrderRule#getEarlier <em>Earlier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Earlier</em>'.
	 * @see se.isu.forms.DateOrderRule#getEarlier()
	 * @see #getDateOrderRule()
	 * @generated
	 */
	EReference getDateOrderRule_Earlier();

	/**
	 * Returns the meta object for the reference '{@link se.isu.forms.DateOrderRule#getLater <em>Later</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Later</em>'.
	 * @see se.isu.forms.DateOrderRule#getLater()
	 * @see #getDateOrderRule()
	 * @generated
	 */
	EReference getDateOrderRule_Later();

	/**
	 * Returns the meta object for class '{@link se.isu.forms.RangeRule <em>Range Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Range Rule</em>'.
	 * @see se.isu.forms.RangeRule
	 * @generated
	 */
	EClass getRangeRule();

	/**
	 * Returns the meta object for the reference '{@link se.isu.forms.RangeRule#getQuestion <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Question</em>'.
	 * @see se.isu.forms.RangeRule#getQuestion()
	 * @see #getRangeRule()
	 * @generated
	 */
	EReference getRangeRule_Question();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.RangeRule#getMinimum <em>Minimum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum</em>'.
	 * @see se.isu.forms.RangeRule#getMinimum()
	 * @see #getRangeRule()
	 * @generated
	 */
	EAttribute getRangeRule_Minimum();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.RangeRule#getMaximum <em>Maximum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum</em>'.
	 * @see se.isu.forms.RangeRule#getMaximum()
	 * @see #getRangeRule()
	 * @generated
	 */
	EAttribute getRangeRule_Maximum();

	/**
	 * Returns the meta object for class '{@link se.isu.forms.DerivedVariable <em>Derived Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Derived Variable</em>'.
	 * @see se.isu.forms.DerivedVariable
	 * @generated
	 */
	EClass getDerivedVariable();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.DerivedVariable#getVariableId <em>Variable Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variable Id</em>'.
	 * @see se.isu.forms.DerivedVariable#getVariableId()
	 * @see #getDerivedVariable()
	 * @generated
	 */
	EAttribute getDerivedVariable_VariableId();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.DerivedVariable#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see se.isu.forms.DerivedVariable#getLabel()
	 * @see #getDerivedVariable()
	 * @generated
	 */
	EAttribute getDerivedVariable_Label();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.DerivedVariable#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition</em>'.
	 * @see se.isu.forms.DerivedVariable#getDefinition()
	 * @see #getDerivedVariable()
	 * @generated
	 */
	EAttribute getDerivedVariable_Definition();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.forms.DerivedVariable#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see se.isu.forms.DerivedVariable#getUnit()
	 * @see #getDerivedVariable()
	 * @generated
	 */
	EAttribute getDerivedVariable_Unit();

	/**
	 * Returns the meta object for the reference '{@link se.isu.forms.DerivedVariable#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From</em>'.
	 * @see se.isu.forms.DerivedVariable#getFrom()
	 * @see #getDerivedVariable()
	 * @generated
	 */
	EReference getDerivedVariable_From();

	/**
	 * Returns the meta object for the reference '{@link se.isu.forms.DerivedVariable#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To</em>'.
	 * @see se.isu.forms.DerivedVariable#getTo()
	 * @see #getDerivedVariable()
	 * @generated
	 */
	EReference getDerivedVariable_To();

	/**
	 * Returns the meta object for enum '{@link se.isu.forms.VersionStatus <em>Version Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Version Status</em>'.
	 * @see se.isu.forms.VersionStatus
	 * @generated
	 */
	EEnum getVersionStatus();

	/**
	 * Returns the meta object for enum '{@link se.isu.forms.ChangeNoteKind <em>Change Note Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Change Note Kind</em>'.
	 * @see se.isu.forms.ChangeNoteKind
	 * @generated
	 */
	EEnum getChangeNoteKind();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date, saved as ISO-8601 (yyyy-mm-dd).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	FormsFactory getFormsFactory();

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
		 * The meta object literal for the '{@link se.isu.forms.impl.FormDefinitionImpl <em>Form Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.impl.FormDefinitionImpl
		 * @see se.isu.forms.impl.FormsPackageImpl#getFormDefinition()
		 * @generated
		 */
		EClass FORM_DEFINITION = eINSTANCE.getFormDefinition();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_DEFINITION__ID = eINSTANCE.getFormDefinition_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_DEFINITION__NAME = eINSTANCE.getFormDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Versions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORM_DEFINITION__VERSIONS = eINSTANCE.getFormDefinition_Versions();

		/**
		 * The meta object literal for the '{@link se.isu.forms.impl.FormVersionImpl <em>Form Version</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.impl.FormVersionImpl
		 * @see se.isu.forms.impl.FormsPackageImpl#getFormVersion()
		 * @generated
		 */
		EClass FORM_VERSION = eINSTANCE.getFormVersion();

		/**
		 * The meta object literal for the '<em><b>Form Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_VERSION__FORM_ID = eINSTANCE.getFormVersion_FormId();

		/**
		 * The meta object literal for the '<em><b>Form Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_VERSION__FORM_NAME = eINSTANCE.getFormVersion_FormName();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_VERSION__VERSION = eINSTANCE.getFormVersion_Version();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_VERSION__TITLE = eINSTANCE.getFormVersion_Title();

		/**
		 * The meta object literal for the '<em><b>Publisher</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_VERSION__PUBLISHER = eINSTANCE.getFormVersion_Publisher();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_VERSION__STATUS = eINSTANCE.getFormVersion_Status();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_VERSION__VALID_FROM = eINSTANCE.getFormVersion_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Published Digest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_VERSION__PUBLISHED_DIGEST = eINSTANCE.getFormVersion_PublishedDigest();

		/**
		 * The meta object literal for the '<em><b>Predecessor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORM_VERSION__PREDECESSOR = eINSTANCE.getFormVersion_Predecessor();

		/**
		 * The meta object literal for the '<em><b>Change Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORM_VERSION__CHANGE_NOTES = eINSTANCE.getFormVersion_ChangeNotes();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORM_VERSION__SECTIONS = eINSTANCE.getFormVersion_Sections();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORM_VERSION__RULES = eINSTANCE.getFormVersion_Rules();

		/**
		 * The meta object literal for the '<em><b>Derived Variables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORM_VERSION__DERIVED_VARIABLES = eINSTANCE.getFormVersion_DerivedVariables();

		/**
		 * The meta object literal for the '<em><b>All Questions</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FORM_VERSION___ALL_QUESTIONS = eINSTANCE.getFormVersion__AllQuestions();

		/**
		 * The meta object literal for the '<em><b>Find Question</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FORM_VERSION___FIND_QUESTION__STRING = eINSTANCE.getFormVersion__FindQuestion__String();

		/**
		 * The meta object literal for the '{@link se.isu.forms.impl.ChangeNoteImpl <em>Change Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.impl.ChangeNoteImpl
		 * @see se.isu.forms.impl.FormsPackageImpl#getChangeNote()
		 * @generated
		 */
		EClass CHANGE_NOTE = eINSTANCE.getChangeNote();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_NOTE__KIND = eINSTANCE.getChangeNote_Kind();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_NOTE__TEXT = eINSTANCE.getChangeNote_Text();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_NOTE__SOURCE = eINSTANCE.getChangeNote_Source();

		/**
		 * The meta object literal for the '<em><b>Variable Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_NOTE__VARIABLE_IDS = eINSTANCE.getChangeNote_VariableIds();

		/**
		 * The meta object literal for the '{@link se.isu.forms.impl.SectionImpl <em>Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.impl.SectionImpl
		 * @see se.isu.forms.impl.FormsPackageImpl#getSection()
		 * @generated
		 */
		EClass SECTION = eINSTANCE.getSection();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__ID = eINSTANCE.getSection_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__TITLE = eINSTANCE.getSection_Title();

		/**
		 * The meta object literal for the '<em><b>Questions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__QUESTIONS = eINSTANCE.getSection_Questions();

		/**
		 * The meta object literal for the '{@link se.isu.forms.impl.QuestionImpl <em>Question</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.impl.QuestionImpl
		 * @see se.isu.forms.impl.FormsPackageImpl#getQuestion()
		 * @generated
		 */
		EClass QUESTION = eINSTANCE.getQuestion();

		/**
		 * The meta object literal for the '<em><b>Variable Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__VARIABLE_ID = eINSTANCE.getQuestion_VariableId();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__NUMBER = eINSTANCE.getQuestion_Number();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__TEXT = eINSTANCE.getQuestion_Text();

		/**
		 * The meta object literal for the '<em><b>Help Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__HELP_TEXT = eINSTANCE.getQuestion_HelpText();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__REQUIRED = eINSTANCE.getQuestion_Required();

		/**
		 * The meta object literal for the '<em><b>Retired</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__RETIRED = eINSTANCE.getQuestion_Retired();

		/**
		 * The meta object literal for the '{@link se.isu.forms.impl.TextQuestionImpl <em>Text Question</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.impl.TextQuestionImpl
		 * @see se.isu.forms.impl.FormsPackageImpl#getTextQuestion()
		 * @generated
		 */
		EClass TEXT_QUESTION = eINSTANCE.getTextQuestion();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_QUESTION__KEY = eINSTANCE.getTextQuestion_Key();

		/**
		 * The meta object literal for the '<em><b>Max Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_QUESTION__MAX_LENGTH = eINSTANCE.getTextQuestion_MaxLength();

		/**
		 * The meta object literal for the '{@link se.isu.forms.impl.IntegerQuestionImpl <em>Integer Question</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.impl.IntegerQuestionImpl
		 * @see se.isu.forms.impl.FormsPackageImpl#getIntegerQuestion()
		 * @generated
		 */
		EClass INTEGER_QUESTION = eINSTANCE.getIntegerQuestion();

		/**
		 * The meta object literal for the '<em><b>Minimum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEGER_QUESTION__MINIMUM = eINSTANCE.getIntegerQuestion_Minimum();

		/**
		 * The meta object literal for the '<em><b>Maximum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEGER_QUESTION__MAXIMUM = eINSTANCE.getIntegerQuestion_Maximum();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEGER_QUESTION__UNIT = eINSTANCE.getIntegerQuestion_Unit();

		/**
		 * The meta object literal for the '{@link se.isu.forms.impl.DateQuestionImpl <em>Date Question</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.impl.DateQuestionImpl
		 * @see se.isu.forms.impl.FormsPackageImpl#getDateQuestion()
		 * @generated
		 */
		EClass DATE_QUESTION = eINSTANCE.getDateQuestion();

		/**
		 * The meta object literal for the '{@link se.isu.forms.impl.ChoiceQuestionImpl <em>Choice Question</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.impl.ChoiceQuestionImpl
		 * @see se.isu.forms.impl.FormsPackageImpl#getChoiceQuestion()
		 * @generated
		 */
		EClass CHOICE_QUESTION = eINSTANCE.getChoiceQuestion();

		/**
		 * The meta object literal for the '<em><b>Options</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHOICE_QUESTION__OPTIONS = eINSTANCE.getChoiceQuestion_Options();

		/**
		 * The meta object literal for the '<em><b>Find Option</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CHOICE_QUESTION___FIND_OPTION__INT = eINSTANCE.getChoiceQuestion__FindOption__int();

		/**
		 * The meta object literal for the '{@link se.isu.forms.impl.SingleChoiceQuestionImpl <em>Single Choice Question</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.impl.SingleChoiceQuestionImpl
		 * @see se.isu.forms.impl.FormsPackageImpl#getSingleChoiceQuestion()
		 * @generated
		 */
		EClass SINGLE_CHOICE_QUESTION = eINSTANCE.getSingleChoiceQuestion();

		/**
		 * The meta object literal for the '{@link se.isu.forms.impl.MultipleChoiceQuestionImpl <em>Multiple Choice Question</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.impl.MultipleChoiceQuestionImpl
		 * @see se.isu.forms.impl.FormsPackageImpl#getMultipleChoiceQuestion()
		 * @generated
		 */
		EClass MULTIPLE_CHOICE_QUESTION = eINSTANCE.getMultipleChoiceQuestion();

		/**
		 * The meta object literal for the '<em><b>Max Selections</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MULTIPLE_CHOICE_QUESTION__MAX_SELECTIONS = eINSTANCE.getMultipleChoiceQuestion_MaxSelections();

		/**
		 * The meta object literal for the '{@link se.isu.forms.impl.OptionImpl <em>Option</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.impl.OptionImpl
		 * @see se.isu.forms.impl.FormsPackageImpl#getOption()
		 * @generated
		 */
		EClass OPTION = eINSTANCE.getOption();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTION__CODE = eINSTANCE.getOption_Code();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTION__LABEL = eINSTANCE.getOption_Label();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTION__DEFINITION = eINSTANCE.getOption_Definition();

		/**
		 * The meta object literal for the '<em><b>Requires Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTION__REQUIRES_COMMENT = eINSTANCE.getOption_RequiresComment();

		/**
		 * The meta object literal for the '<em><b>Retired</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTION__RETIRED = eINSTANCE.getOption_Retired();

		/**
		 * The meta object literal for the '{@link se.isu.forms.impl.RuleImpl <em>Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.impl.RuleImpl
		 * @see se.isu.forms.impl.FormsPackageImpl#getRule()
		 * @generated
		 */
		EClass RULE = eINSTANCE.getRule();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE__ID = eINSTANCE.getRule_Id();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE__MESSAGE = eINSTANCE.getRule_Message();

		/**
		 * The meta object literal for the '{@link se.isu.forms.impl.DateOrderRuleImpl <em>Date Order Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.impl.DateOrderRuleImpl
		 * @see se.isu.forms.impl.FormsPackageImpl#getDateOrderRule()
		 * @generated
		 */
		EClass DATE_ORDER_RULE = eINSTANCE.getDateOrderRule();

		/**
		 * The meta object literal for the '<em><b>Earlier</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATE_ORDER_RULE__EARLIER = eINSTANCE.getDateOrderRule_Earlier();

		/**
		 * The meta object literal for the '<em><b>Later</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATE_ORDER_RULE__LATER = eINSTANCE.getDateOrderRule_Later();

		/**
		 * The meta object literal for the '{@link se.isu.forms.impl.RangeRuleImpl <em>Range Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.impl.RangeRuleImpl
		 * @see se.isu.forms.impl.FormsPackageImpl#getRangeRule()
		 * @generated
		 */
		EClass RANGE_RULE = eINSTANCE.getRangeRule();

		/**
		 * The meta object literal for the '<em><b>Question</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RANGE_RULE__QUESTION = eINSTANCE.getRangeRule_Question();

		/**
		 * The meta object literal for the '<em><b>Minimum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANGE_RULE__MINIMUM = eINSTANCE.getRangeRule_Minimum();

		/**
		 * The meta object literal for the '<em><b>Maximum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANGE_RULE__MAXIMUM = eINSTANCE.getRangeRule_Maximum();

		/**
		 * The meta object literal for the '{@link se.isu.forms.impl.DerivedVariableImpl <em>Derived Variable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.impl.DerivedVariableImpl
		 * @see se.isu.forms.impl.FormsPackageImpl#getDerivedVariable()
		 * @generated
		 */
		EClass DERIVED_VARIABLE = eINSTANCE.getDerivedVariable();

		/**
		 * The meta object literal for the '<em><b>Variable Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DERIVED_VARIABLE__VARIABLE_ID = eINSTANCE.getDerivedVariable_VariableId();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DERIVED_VARIABLE__LABEL = eINSTANCE.getDerivedVariable_Label();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DERIVED_VARIABLE__DEFINITION = eINSTANCE.getDerivedVariable_Definition();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DERIVED_VARIABLE__UNIT = eINSTANCE.getDerivedVariable_Unit();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DERIVED_VARIABLE__FROM = eINSTANCE.getDerivedVariable_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DERIVED_VARIABLE__TO = eINSTANCE.getDerivedVariable_To();

		/**
		 * The meta object literal for the '{@link se.isu.forms.VersionStatus <em>Version Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.VersionStatus
		 * @see se.isu.forms.impl.FormsPackageImpl#getVersionStatus()
		 * @generated
		 */
		EEnum VERSION_STATUS = eINSTANCE.getVersionStatus();

		/**
		 * The meta object literal for the '{@link se.isu.forms.ChangeNoteKind <em>Change Note Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.forms.ChangeNoteKind
		 * @see se.isu.forms.impl.FormsPackageImpl#getChangeNoteKind()
		 * @generated
		 */
		EEnum CHANGE_NOTE_KIND = eINSTANCE.getChangeNoteKind();

		/**
		 * The meta object literal for the '<em>Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see se.isu.forms.impl.FormsPackageImpl#getDate()
		 * @generated
		 */
		EDataType DATE = eINSTANCE.getDate();

	}

} //FormsPackage
