/**
 */
package se.isu.forms;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Range Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An integer question's answer must lie within minimum and maximum, inclusive.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.forms.RangeRule#getQuestion <em>Question</em>}</li>
 *   <li>{@link se.isu.forms.RangeRule#getMinimum <em>Minimum</em>}</li>
 *   <li>{@link se.isu.forms.RangeRule#getMaximum <em>Maximum</em>}</li>
 * </ul>
 *
 * @see se.isu.forms.FormsPackage#getRangeRule()
 * @model
 * @generated
 */
public interface RangeRule extends Rule {
	/**
	 * Returns the value of the '<em><b>Question</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Question</em>' reference.
	 * @see #setQuestion(Question)
	 * @see se.isu.forms.FormsPackage#getRangeRule_Question()
	 * @model required="true"
	 * @generated
	 */
	Question getQuestion();

	/**
	 * Sets the value of the '{@link se.isu.forms.RangeRule#getQuestion <em>Question</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question</em>' reference.
	 * @see #getQuestion()
	 * @generated
	 */
	void setQuestion(Question value);

	/**
	 * Returns the value of the '<em><b>Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum</em>' attribute.
	 * @see #setMinimum(Integer)
	 * @see se.isu.forms.FormsPackage#getRangeRule_Minimum()
	 * @model
	 * @generated
	 */
	Integer getMinimum();

	/**
	 * Sets the value of the '{@link se.isu.forms.RangeRule#getMinimum <em>Minimum</em>}' attribute.
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
	 * @see se.isu.forms.FormsPackage#getRangeRule_Maximum()
	 * @model
	 * @generated
	 */
	Integer getMaximum();

	/**
	 * Sets the value of the '{@link se.isu.forms.RangeRule#getMaximum <em>Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maximum</em>' attribute.
	 * @see #getMaximum()
	 * @generated
	 */
	void setMaximum(Integer value);

} // RangeRule
