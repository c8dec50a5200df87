/**
 */
package se.isu.forms;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Integer Question</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.forms.IntegerQuestion#getMinimum <em>Minimum</em>}</li>
 *   <li>{@link se.isu.forms.IntegerQuestion#getMaximum <em>Maximum</em>}</li>
 *   <li>{@link se.isu.forms.IntegerQuestion#getUnit <em>Unit</em>}</li>
 * </ul>
 *
 * @see se.isu.forms.FormsPackage#getIntegerQuestion()
 * @model
 * @generated
 */
public interface IntegerQuestion extends Question {
	/**
	 * Returns the value of the '<em><b>Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum</em>' attribute.
	 * @see #setMinimum(Integer)
	 * @see se.isu.forms.FormsPackage#getIntegerQuestion_Minimum()
	 * @model
	 * @generated
	 */
	Integer getMinimum();

	/**
	 * Sets the value of the '{@link se.isu.forms.IntegerQuestion#getMinimum <em>Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum</em>' attribute.
	 * @see #getMinimum()
	 * @generated
	 */
	void setMinimum(Integer value);

	/**
	 * Returns the value of the '<em><b>Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Maximum</em>' attribute.
	 * @see #setMaximum(Integer)
	 * @see se.isu.forms.FormsPackage#getIntegerQuestion_Maximum()
	 * @model
	 * @generated
	 */
	Integer getMaximum();

	/**
	 * Sets the value of the '{@link se.isu.forms.IntegerQuestion#getMaximum <em>Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maximum</em>' attribute.
	 * @see #getMaximum()
	 * @generated
	 */
	void setMaximum(Integer value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see se.isu.forms.FormsPackage#getIntegerQuestion_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link se.isu.forms.IntegerQuestion#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

} // IntegerQuestion
