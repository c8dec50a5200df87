/**
 */
package se.isu.forms;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Form Version</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One version of a form: the unit that is saved, registered, published and retired. Records always carry the version they were entered on.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.forms.FormVersion#getFormId <em>Form Id</em>}</li>
 *   <li>{@link se.isu.forms.FormVersion#getFormName <em>Form Name</em>}</li>
 *   <li>{@link se.isu.forms.FormVersion#getVersion <em>Version</em>}</li>
 *   <li>{@link se.isu.forms.FormVersion#getTitle <em>Title</em>}</li>
 *   <li>{@link se.isu.forms.FormVersion#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link se.isu.forms.FormVersion#getStatus <em>Status</em>}</li>
 *   <li>{@link se.isu.forms.FormVersion#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link se.isu.forms.FormVersion#getPublishedDigest <em>Published Digest</em>}</li>
 *   <li>{@link se.isu.forms.FormVersion#getPredecessor <em>Predecessor</em>}</li>
 *   <li>{@link se.isu.forms.FormVersion#getChangeNotes <em>Change Notes</em>}</li>
 *   <li>{@link se.isu.forms.FormVersion#getSections <em>Sections</em>}</li>
 *   <li>{@link se.isu.forms.FormVersion#getRules <em>Rules</em>}</li>
 *   <li>{@link se.isu.forms.FormVersion#getDerivedVariables <em>Derived Variables</em>}</li>
 * </ul>
 *
 * @see se.isu.forms.FormsPackage#getFormVersion()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='UniqueVariableIds UniqueOptionCodes PublishedUnchanged CodesKeepTheirMeaning KeepsPredecessorCodes'"
 * @generated
 */
public interface FormVersion extends EObject {
	/**
	 * Returns the value of the '<em><b>Form Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable id of the form this version belongs to, e.g. su-x.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Form Id</em>' attribute.
	 * @see #setFormId(String)
	 * @see se.isu.forms.FormsPackage#getFormVersion_FormId()
	 * @model required="true"
	 * @generated
	 */
	String getFormId();

	/**
	 * Sets the value of the '{@link se.isu.forms.FormVersion#getFormId <em>Form Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Form Id</em>' attribute.
	 * @see #getFormId()
	 * @generated
	 */
	void setFormId(String value);

	/**
	 * Returns the value of the '<em><b>Form Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Form Name</em>' attribute.
	 * @see #setFormName(String)
	 * @see se.isu.forms.FormsPackage#getFormVersion_FormName()
	 * @model required="true"
	 * @generated
	 */
	String getFormName();

	/**
	 * Sets the value of the '{@link se.isu.forms.FormVersion#getFormName <em>Form Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Form Name</em>' attribute.
	 * @see #getFormName()
	 * @generated
	 */
	void setFormName(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version's name, unique within its form, e.g. 2021.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see se.isu.forms.FormsPackage#getFormVersion_Version()
	 * @model required="true"
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link se.isu.forms.FormVersion#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see se.isu.forms.FormsPackage#getFormVersion_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link se.isu.forms.FormVersion#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publisher</em>' attribute.
	 * @see #setPublisher(String)
	 * @see se.isu.forms.FormsPackage#getFormVersion_Publisher()
	 * @model
	 * @generated
	 */
	String getPublisher();

	/**
	 * Sets the value of the '{@link se.isu.forms.FormVersion#getPublisher <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publisher</em>' attribute.
	 * @see #getPublisher()
	 * @generated
	 */
	void setPublisher(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link se.isu.forms.VersionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see se.isu.forms.VersionStatus
	 * @see #setStatus(VersionStatus)
	 * @see se.isu.forms.FormsPackage#getFormVersion_Status()
	 * @model required="true"
	 * @generated
	 */
	VersionStatus getStatus();

	/**
	 * Sets the value of the '{@link se.isu.forms.FormVersion#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see se.isu.forms.VersionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(VersionStatus value);

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(LocalDate)
	 * @see se.isu.forms.FormsPackage#getFormVersion_ValidFrom()
	 * @model dataType="se.isu.forms.Date"
	 * @generated
	 */
	LocalDate getValidFrom();

	/**
	 * Sets the value of the '{@link se.isu.forms.FormVersion#getValidFrom <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid From</em>' attribute.
	 * @see #getValidFrom()
	 * @generated
	 */
	void setValidFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Published Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 of the version's content, fixed when it was published; a published version whose content no longer matches has been changed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Published Digest</em>' attribute.
	 * @see #setPublishedDigest(String)
	 * @see se.isu.forms.FormsPackage#getFormVersion_PublishedDigest()
	 * @model
	 * @generated
	 */
	String getPublishedDigest();

	/**
	 * Sets the value of the '{@link se.isu.forms.FormVersion#getPublishedDigest <em>Published Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published Digest</em>' attribute.
	 * @see #getPublishedDigest()
	 * @generated
	 */
	void setPublishedDigest(String value);

	/**
	 * Returns the value of the '<em><b>Predecessor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version this one was derived from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Predecessor</em>' reference.
	 * @see #setPredecessor(FormVersion)
	 * @see se.isu.forms.FormsPackage#getFormVersion_Predecessor()
	 * @model
	 * @generated
	 */
	FormVersion getPredecessor();

	/**
	 * Sets the value of the '{@link se.isu.forms.FormVersion#getPredecessor <em>Predecessor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Predecessor</em>' reference.
	 * @see #getPredecessor()
	 * @generated
	 */
	void setPredecessor(FormVersion value);

	/**
	 * Returns the value of the '<em><b>Change Notes</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.forms.ChangeNote}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Change Notes</em>' containment reference list.
	 * @see se.isu.forms.FormsPackage#getFormVersion_ChangeNotes()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChangeNote> getChangeNotes();

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.forms.Section}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see se.isu.forms.FormsPackage#getFormVersion_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Section> getSections();

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.forms.Rule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see se.isu.forms.FormsPackage#getFormVersion_Rules()
	 * @model containment="true"
	 * @generated
	 */
	EList<Rule> getRules();

	/**
	 * Returns the value of the '<em><b>Derived Variables</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.forms.DerivedVariable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Derived Variables</em>' containment reference list.
	 * @see se.isu.forms.FormsPackage#getFormVersion_DerivedVariables()
	 * @model containment="true"
	 * @generated
	 */
	EList<DerivedVariable> getDerivedVariables();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The questions of every section, in form order.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<Question> allQuestions();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The question with this variable id, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Question findQuestion(String variableId);

} // FormVersion
