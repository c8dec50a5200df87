/**
 */
package se.isu.forms;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Date Order Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The earlier date question's answer must not come after the later one's.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.forms.DateOrderRule#getEarlier <em>Earlier</em>}</li>
 *   <li>{@link se.isu.forms.DateOrderRule#getLater <em>Later</em>}</li>
 * </ul>
 *
 * @see se.isu.forms.FormsPackage#getDateOrderRule()
 * @model
 * @generated
 */
public interface DateOrderRule extends Rule {
	/**
	 * Returns the value of the '<em><b>Earlier</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Earlier</em>' reference.
	 * @see #setEarlier(Question)
	 * @see se.isu.forms.FormsPackage#getDateOrderRule_Earlier()
	 * @model required="true"
	 * @generated
	 */
	Question getEarlier();

	/**
	 * Sets the value of the '{@link se.isu.forms.DateOrderRule#getEarlier <em>Earlier</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Earlier</em>' reference.
	 * @see #getEarlier()
	 * @generated
	 */
	void setEarlier(Question value);

	/**
	 * Returns the value of the '<em><b>Later</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Later</em>' reference.
	 * @see #setLater(Question)
	 * @see se.isu.forms.FormsPackage#getDateOrderRule_Later()
	 * @model required="true"
	 * @generated
	 */
	Question getLater();

	/**
	 * Sets the value of the '{@link se.isu.forms.DateOrderRule#getLater <em>Later</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Later</em>' reference.
	 * @see #getLater()
	 * @generated
	 */
	void setLater(Question value);

} // DateOrderRule
