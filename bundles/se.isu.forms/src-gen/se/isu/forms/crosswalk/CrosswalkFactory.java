/**
 */
package se.isu.forms.crosswalk;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see se.isu.forms.crosswalk.CrosswalkPackage
 * @generated
 */
public interface CrosswalkFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CrosswalkFactory eINSTANCE = se.isu.forms.crosswalk.impl.CrosswalkFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Crosswalk</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Crosswalk</em>'.
	 * @generated
	 */
	Crosswalk createCrosswalk();

	/**
	 * Returns a new object of class '<em>Question Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Question Mapping</em>'.
	 * @generated
	 */
	QuestionMapping createQuestionMapping();

	/**
	 * Returns a new object of class '<em>Option Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Option Mapping</em>'.
	 * @generated
	 */
	OptionMapping createOptionMapping();

	/**
	 * Returns a new object of class '<em>Harmonised Code List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Harmonised Code List</em>'.
	 * @generated
	 */
	HarmonisedCodeList createHarmonisedCodeList();

	/**
	 * Returns a new object of class '<em>Harmonised Category</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Harmonised Category</em>'.
	 * @generated
	 */
	HarmonisedCategory createHarmonisedCategory();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CrosswalkPackage getCrosswalkPackage();

} //CrosswalkFactory
