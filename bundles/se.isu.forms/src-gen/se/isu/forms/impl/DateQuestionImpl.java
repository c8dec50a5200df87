/**
 */
package se.isu.forms.impl;

import org.eclipse.emf.ecore.EClass;

import se.isu.forms.DateQuestion;
import se.isu.forms.FormsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Date Question</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class DateQuestionImpl extends QuestionImpl implements DateQuestion {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DateQuestionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormsPackage.Literals.DATE_QUESTION;
	}

} //DateQuestionImpl
