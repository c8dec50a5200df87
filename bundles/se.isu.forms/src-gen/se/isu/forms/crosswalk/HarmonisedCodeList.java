/**
 */
package se.isu.forms.crosswalk;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Harmonised Code List</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One code list that the answers of both versions to a question map to, so analyses can span both.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.forms.crosswalk.HarmonisedCodeList#getVariableId <em>Variable Id</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.HarmonisedCodeList#getLabel <em>Label</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.HarmonisedCodeList#getCategories <em>Categories</em>}</li>
 * </ul>
 *
 * @see se.isu.forms.crosswalk.CrosswalkPackage#getHarmonisedCodeList()
 * @model
 * @generated
 */
public interface HarmonisedCodeList extends EObject {
	/**
	 * Returns the value of the '<em><b>Variable Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variable Id</em>' attribute.
	 * @see #setVariableId(String)
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#getHarmonisedCodeList_VariableId()
	 * @model required="true"
	 * @generated
	 */
	String getVariableId();

	/**
	 * Sets the value of the '{@link se.isu.forms.crosswalk.HarmonisedCodeList#getVariableId <em>Variable Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variable Id</em>' attribute.
	 * @see #getVariableId()
	 * @generated
	 */
	void setVariableId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#getHarmonisedCodeList_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link se.isu.forms.crosswalk.HarmonisedCodeList#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Categories</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.forms.crosswalk.HarmonisedCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Categories</em>' containment reference list.
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#getHarmonisedCodeList_Categories()
	 * @model containment="true"
	 * @generated
	 */
	EList<HarmonisedCategory> getCategories();

} // HarmonisedCodeList
