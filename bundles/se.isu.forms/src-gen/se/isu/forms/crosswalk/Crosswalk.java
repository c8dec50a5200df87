/**
 */
package se.isu.forms.crosswalk;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import se.isu.forms.FormVersion;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Crosswalk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.forms.crosswalk.Crosswalk#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.Crosswalk#getSource <em>Source</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.Crosswalk#getTarget <em>Target</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.Crosswalk#getQuestionMappings <em>Question Mappings</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.Crosswalk#getCodeLists <em>Code Lists</em>}</li>
 * </ul>
 *
 * @see se.isu.forms.crosswalk.CrosswalkPackage#getCrosswalk()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='EverySourceOptionMapped'"
 * @generated
 */
public interface Crosswalk extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#getCrosswalk_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link se.isu.forms.crosswalk.Crosswalk#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(FormVersion)
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#getCrosswalk_Source()
	 * @model required="true"
	 * @generated
	 */
	FormVersion getSource();

	/**
	 * Sets the value of the '{@link se.isu.forms.crosswalk.Crosswalk#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(FormVersion value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(FormVersion)
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#getCrosswalk_Target()
	 * @model required="true"
	 * @generated
	 */
	FormVersion getTarget();

	/**
	 * Sets the value of the '{@link se.isu.forms.crosswalk.Crosswalk#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(FormVersion value);

	/**
	 * Returns the value of the '<em><b>Question Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.forms.crosswalk.QuestionMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Question Mappings</em>' containment reference list.
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#getCrosswalk_QuestionMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<QuestionMapping> getQuestionMappings();

	/**
	 * Returns the value of the '<em><b>Code Lists</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.forms.crosswalk.HarmonisedCodeList}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code Lists</em>' containment reference list.
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#getCrosswalk_CodeLists()
	 * @model containment="true"
	 * @generated
	 */
	EList<HarmonisedCodeList> getCodeLists();

} // Crosswalk
