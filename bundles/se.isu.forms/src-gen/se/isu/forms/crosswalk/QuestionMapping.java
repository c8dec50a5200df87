/**
 */
package se.isu.forms.crosswalk;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import se.isu.forms.Question;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Question Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.forms.crosswalk.QuestionMapping#getSourceQuestion <em>Source Question</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.QuestionMapping#getTargetQuestion <em>Target Question</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.QuestionMapping#getKind <em>Kind</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.QuestionMapping#getNote <em>Note</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.QuestionMapping#getOptionMappings <em>Option Mappings</em>}</li>
 * </ul>
 *
 * @see se.isu.forms.crosswalk.CrosswalkPackage#getQuestionMapping()
 * @model
 * @generated
 */
public interface QuestionMapping extends EObject {
	/**
	 * Returns the value of the '<em><b>Source Question</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Question</em>' reference.
	 * @see #setSourceQuestion(Question)
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#getQuestionMapping_SourceQuestion()
	 * @model
	 * @generated
	 */
	Question getSourceQuestion();

	/**
	 * Sets the value of the '{@link se.isu.forms.crosswalk.QuestionMapping#getSourceQuestion <em>Source Question</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Question</em>' reference.
	 * @see #getSourceQuestion()
	 * @generated
	 */
	void setSourceQuestion(Question value);

	/**
	 * Returns the value of the '<em><b>Target Question</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Question</em>' reference.
	 * @see #setTargetQuestion(Question)
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#getQuestionMapping_TargetQuestion()
	 * @model
	 * @generated
	 */
	Question getTargetQuestion();

	/**
	 * Sets the value of the '{@link se.isu.forms.crosswalk.QuestionMapping#getTargetQuestion <em>Target Question</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Question</em>' reference.
	 * @see #getTargetQuestion()
	 * @generated
	 */
	void setTargetQuestion(Question value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link se.isu.forms.crosswalk.MappingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see se.isu.forms.crosswalk.MappingKind
	 * @see #setKind(MappingKind)
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#getQuestionMapping_Kind()
	 * @model required="true"
	 * @generated
	 */
	MappingKind getKind();

	/**
	 * Sets the value of the '{@link se.isu.forms.crosswalk.QuestionMapping#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see se.isu.forms.crosswalk.MappingKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MappingKind value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#getQuestionMapping_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link se.isu.forms.crosswalk.QuestionMapping#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Option Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.forms.crosswalk.OptionMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Option Mappings</em>' containment reference list.
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#getQuestionMapping_OptionMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<OptionMapping> getOptionMappings();

} // QuestionMapping
