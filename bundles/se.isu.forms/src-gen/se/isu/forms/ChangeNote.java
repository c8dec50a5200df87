/**
 */
package se.isu.forms;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Change Note</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What changed from the predecessor, or what was assumed where the sources are silent.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.forms.ChangeNote#getKind <em>Kind</em>}</li>
 *   <li>{@link se.isu.forms.ChangeNote#getText <em>Text</em>}</li>
 *   <li>{@link se.isu.forms.ChangeNote#getSource <em>Source</em>}</li>
 *   <li>{@link se.isu.forms.ChangeNote#getVariableIds <em>Variable Ids</em>}</li>
 * </ul>
 *
 * @see se.isu.forms.FormsPackage#getChangeNote()
 * @model
 * @generated
 */
public interface ChangeNote extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link se.isu.forms.ChangeNoteKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see se.isu.forms.ChangeNoteKind
	 * @see #setKind(ChangeNoteKind)
	 * @see se.isu.forms.FormsPackage#getChangeNote_Kind()
	 * @model required="true"
	 * @generated
	 */
	ChangeNoteKind getKind();

	/**
	 * Sets the value of the '{@link se.isu.forms.ChangeNote#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see se.isu.forms.ChangeNoteKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ChangeNoteKind value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see se.isu.forms.FormsPackage#getChangeNote_Text()
	 * @model required="true"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link se.isu.forms.ChangeNote#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the change is documented, e.g. a report section or footnote.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see se.isu.forms.FormsPackage#getChangeNote_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link se.isu.forms.ChangeNote#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Variable Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variable Ids</em>' attribute list.
	 * @see se.isu.forms.FormsPackage#getChangeNote_VariableIds()
	 * @model
	 * @generated
	 */
	EList<String> getVariableIds();

} // ChangeNote
