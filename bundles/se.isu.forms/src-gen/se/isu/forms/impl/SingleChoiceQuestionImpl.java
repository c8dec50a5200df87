/**
 */
package se.isu.forms.impl;

import org.eclipse.emf.ecore.EClass;

import se.isu.forms.FormsPackage;
import se.isu.forms.SingleChoiceQuestion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Single Choice Question</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class SingleChoiceQuestionImpl extends ChoiceQuestionImpl implements SingleChoiceQuestion {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SingleChoiceQuestionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormsPackage.Literals.SINGLE_CHOICE_QUESTION;
	}

} //SingleChoiceQuestionImpl
