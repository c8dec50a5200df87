/**
 */
package se.isu.forms;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see se.isu.forms.FormsPackage
 * @generated
 */
public interface FormsFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FormsFactory eINSTANCE = se.isu.forms.impl.FormsFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Form Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Form Definition</em>'.
	 * @generated
	 */
	FormDefinition createFormDefinition();

	/**
	 * Returns a new object of class '<em>Form Version</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Form Version</em>'.
	 * @generated
	 */
	FormVersion createFormVersion();

	/**
	 * Returns a new object of class '<em>Change Note</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Change Note</em>'.
	 * @generated
	 */
	ChangeNote createChangeNote();

	/**
	 * Returns a new object of class '<em>Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Section</em>'.
	 * @generated
	 */
	Section createSection();

	/**
	 * Returns a new object of class '<em>Text Question</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Text Question</em>'.
	 * @generated
	 */
	TextQuestion createTextQuestion();

	/**
	 * Returns a new object of class '<em>Integer Question</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Integer Question</em>'.
	 * @generated
	 */
	IntegerQuestion createIntegerQuestion();

	/**
	 * Returns a new object of class '<em>Date Question</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Date Question</em>'.
	 * @generated
	 */
	DateQuestion createDateQuestion();

	/**
	 * Returns a new object of class '<em>Single Choice Question</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Single Choice Question</em>'.
	 * @generated
	 */
	SingleChoiceQuestion createSingleChoiceQuestion();

	/**
	 * Returns a new object of class '<em>Multiple Choice Question</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Multiple Choice Question</em>'.
	 * @generated
	 */
	MultipleChoiceQuestion createMultipleChoiceQuestion();

	/**
	 * Returns a new object of class '<em>Option</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Option</em>'.
	 * @generated
	 */
	Option createOption();

	/**
	 * Returns a new object of class '<em>Date Order Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Date Order Rule</em>'.
	 * @generated
	 */
	DateOrderRule createDateOrderRule();

	/**
	 * Returns a new object of class '<em>Range Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Range Rule</em>'.
	 * @generated
	 */
	RangeRule createRangeRule();

	/**
	 * Returns a new object of class '<em>Derived Variable</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Derived Variable</em>'.
	 * @generated
	 */
	DerivedVariable createDerivedVariable();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	FormsPackage getFormsPackage();

} //FormsFactory
