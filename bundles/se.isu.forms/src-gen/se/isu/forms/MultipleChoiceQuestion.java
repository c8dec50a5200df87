/**
 */
package se.isu.forms;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Multiple Choice Question</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.forms.MultipleChoiceQuestion#getMaxSelections <em>Max Selections</em>}</li>
 * </ul>
 *
 * @see se.isu.forms.FormsPackage#getMultipleChoiceQuestion()
 * @model
 * @generated
 */
public interface MultipleChoiceQuestion extends ChoiceQuestion {
	/**
	 * Returns the value of the '<em><b>Max Selections</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * At most this many options may be chosen; null means no limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Selections</em>' attribute.
	 * @see #setMaxSelections(Integer)
	 * @see se.isu.forms.FormsPackage#getMultipleChoiceQuestion_MaxSelections()
	 * @model
	 * @generated
	 */
	Integer getMaxSelections();

	/**
	 * Sets the value of the '{@link se.isu.forms.MultipleChoiceQuestion#getMaxSelections <em>Max Selections</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Selections</em>' attribute.
	 * @see #getMaxSelections()
	 * @generated
	 */
	void setMaxSelections(Integer value);

} // MultipleChoiceQuestion
