/**
 */
package se.isu.forms;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Derived Variable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A variable computed from answers, e.g. intervention length = end date minus start date, in days.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.forms.DerivedVariable#getVariableId <em>Variable Id</em>}</li>
 *   <li>{@link se.isu.forms.DerivedVariable#getLabel <em>Label</em>}</li>
 *   <li>{@link se.isu.forms.DerivedVariable#getDefinition <em>Definition</em>}</li>
 *   <li>{@link se.isu.forms.DerivedVariable#getUnit <em>Unit</em>}</li>
 *   <li>{@link se.isu.forms.DerivedVariable#getFrom <em>From</em>}</li>
 *   <li>{@link se.isu.forms.DerivedVariable#getTo <em>To</em>}</li>
 * </ul>
 *
 * @see se.isu.forms.FormsPackage#getDerivedVariable()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='RefersToDates'"
 * @generated
 */
public interface DerivedVariable extends EObject {
	/**
	 * Returns the value of the '<em><b>Variable Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variable Id</em>' attribute.
	 * @see #setVariableId(String)
	 * @see se.isu.forms.FormsPackage#getDerivedVariable_VariableId()
	 * @model required="true"
	 * @generated
	 */
	String getVariableId();

	/**
	 * Sets the value of the '{@link se.isu.forms.DerivedVariable#getVariableId <em>Variable Id</em>}' attribute.
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
	 * @see se.isu.forms.FormsPackage#getDerivedVariable_Label()
	 * @model required="true"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link se.isu.forms.DerivedVariable#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definition</em>' attribute.
	 * @see #setDefinition(String)
	 * @see se.isu.forms.FormsPackage#getDerivedVariable_Definition()
	 * @model
	 * @generated
	 */
	String getDefinition();

	/**
	 * Sets the value of the '{@link se.isu.forms.DerivedVariable#getDefinition <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' attribute.
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see se.isu.forms.FormsPackage#getDerivedVariable_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link se.isu.forms.DerivedVariable#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' reference.
	 * @see #setFrom(Question)
	 * @see se.isu.forms.FormsPackage#getDerivedVariable_From()
	 * @model required="true"
	 * @generated
	 */
	Question getFrom();

	/**
	 * Sets the value of the '{@link se.isu.forms.DerivedVariable#getFrom <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' reference.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(Question value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' reference.
	 * @see #setTo(Question)
	 * @see se.isu.forms.FormsPackage#getDerivedVariable_To()
	 * @model required="true"
	 * @generated
	 */
	Question getTo();

	/**
	 * Sets the value of the '{@link se.isu.forms.DerivedVariable#getTo <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' reference.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(Question value);

} // DerivedVariable
