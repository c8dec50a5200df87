/**
 */
package se.isu.forms.crosswalk;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import se.isu.forms.Option;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Harmonised Category</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.forms.crosswalk.HarmonisedCategory#getCode <em>Code</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.HarmonisedCategory#getLabel <em>Label</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.HarmonisedCategory#isComparable <em>Comparable</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.HarmonisedCategory#getNote <em>Note</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.HarmonisedCategory#getSourceOptions <em>Source Options</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.HarmonisedCategory#getTargetOptions <em>Target Options</em>}</li>
 * </ul>
 *
 * @see se.isu.forms.crosswalk.CrosswalkPackage#getHarmonisedCategory()
 * @model
 * @generated
 */
public interface HarmonisedCategory extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(int)
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#getHarmonisedCategory_Code()
	 * @model required="true"
	 * @generated
	 */
	int getCode();

	/**
	 * Sets the value of the '{@link se.isu.forms.crosswalk.HarmonisedCategory#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(int value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#getHarmonisedCategory_Label()
	 * @model required="true"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link se.isu.forms.crosswalk.HarmonisedCategory#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Comparable</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * False when counts in this category cannot be compared across the versions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comparable</em>' attribute.
	 * @see #setComparable(boolean)
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#getHarmonisedCategory_Comparable()
	 * @model default="true"
	 * @generated
	 */
	boolean isComparable();

	/**
	 * Sets the value of the '{@link se.isu.forms.crosswalk.HarmonisedCategory#isComparable <em>Comparable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comparable</em>' attribute.
	 * @see #isComparable()
	 * @generated
	 */
	void setComparable(boolean value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#getHarmonisedCategory_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link se.isu.forms.crosswalk.HarmonisedCategory#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Source Options</b></em>' reference list.
	 * The list contents are of type {@link se.isu.forms.Option}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Options</em>' reference list.
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#getHarmonisedCategory_SourceOptions()
	 * @model
	 * @generated
	 */
	EList<Option> getSourceOptions();

	/**
	 * Returns the value of the '<em><b>Target Options</b></em>' reference list.
	 * The list contents are of type {@link se.isu.forms.Option}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Options</em>' reference list.
	 * @see se.isu.forms.crosswalk.CrosswalkPackage#getHarmonisedCategory_TargetOptions()
	 * @model
	 * @generated
	 */
	EList<Option> getTargetOptions();

} // HarmonisedCategory
