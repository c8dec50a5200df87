/**
 */
package se.isu.forms;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Date Question</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see se.isu.forms.FormsPackage#getDateQuestion()
 * @model
 * @generated
 */
public interface DateQuestion extends Question {
} // DateQuestion
