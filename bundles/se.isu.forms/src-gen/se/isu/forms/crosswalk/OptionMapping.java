/**
 */
package se.isu.forms.crosswalk;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import se.isu.forms.Option;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Option Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.forms.crosswalk.OptionMapping#getSourceOption <em>Source Option</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.OptionMapping#getTargetOptions <em>Target Options</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.OptionMapping#getKind <em>Kind</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.OptionMapping#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see se.isu.forms.crosswalk.CrosswalkPackage#getOptionMapping()
 * @model
 * @generated
 */
public interface OptionMapping extends EObject {
	/**
	 * Returns the value of the '<em><b>Source Option</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Option</em>' reference.
	 * @see #setSourceOption(Option)
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#getOptionMapping_SourceOption()
	 * @model
	 * @generated
	 */
	Option getSourceOption();

	/**
	 * Sets the value of the '{@link se.isu.forms.crosswalk.OptionMapping#getSourceOption <em>Source Option</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Option</em>' reference.
	 * @see #getSourceOption()
	 * @generated
	 */
	void setSourceOption(Option value);

	/**
	 * Returns the value of the '<em><b>Target Options</b></em>' reference list.
	 * The list contents are of type {@link se.isu.forms.Option}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Options</em>' reference list.
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#getOptionMapping_TargetOptions()
	 * @model
	 * @generated
	 */
	EList<Option> getTargetOptions();

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link se.isu.forms.crosswalk.MappingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see se.isu.forms.crosswalk.MappingKind
	 * @see #setKind(MappingKind)
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#getOptionMapping_Kind()
	 * @model required="true"
	 * @generated
	 */
	MappingKind getKind();

	/**
	 * Sets the value of the '{@link se.isu.forms.crosswalk.OptionMapping#getKind <em>Kind</em>}' attribute.
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
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#getOptionMapping_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link se.isu.forms.crosswalk.OptionMapping#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // OptionMapping
