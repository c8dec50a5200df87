/**
 */
package se.isu.forms;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Single Choice Question</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see se.isu.forms.FormsPackage#getSingleChoiceQuestion()
 * @model
 * @generated
 */
public interface SingleChoiceQuestion extends ChoiceQuestion {
} // SingleChoiceQuestion
