/**
 */
package se.isu.forms;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Choice Question</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.forms.ChoiceQuestion#getOptions <em>Options</em>}</li>
 * </ul>
 *
 * @see se.isu.forms.FormsPackage#getChoiceQuestion()
 * @model abstract="true"
 * @generated
 */
public interface ChoiceQuestion extends Question {
	/**
	 * Returns the value of the '<em><b>Options</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.forms.Option}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Options</em>' containment reference list.
	 * @see se.isu.forms.FormsPackage#getChoiceQuestion_Options()
	 * @model containment="true"
	 * @generated
	 */
	EList<Option> getOptions();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The option with this code, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Option findOption(int code);

} // ChoiceQuestion
