/**
 */
package se.isu.forms.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import se.isu.forms.FormsPackage;
import se.isu.forms.MultipleChoiceQuestion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Multiple Choice Question</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.forms.impl.MultipleChoiceQuestionImpl#getMaxSelections <em>Max Selections</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MultipleChoiceQuestionImpl extends ChoiceQuestionImpl implements MultipleChoiceQuestion {
	/**
	 * The default value of the '{@link #getMaxSelections() <em>Max Selections</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxSelections()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAX_SELECTIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxSelections() <em>Max Selections</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxSelections()
	 * @generated
	 * @ordered
	 */
	protected Integer maxSelections = MAX_SELECTIONS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MultipleChoiceQuestionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormsPackage.Literals.MULTIPLE_CHOICE_QUESTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaxSelections() {
		return maxSelections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxSelections(Integer newMaxSelections) {
		Integer oldMaxSelections = maxSelections;
		maxSelections = newMaxSelections;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormsPackage.MULTIPLE_CHOICE_QUESTION__MAX_SELECTIONS, oldMaxSelections, maxSelections));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FormsPackage.MULTIPLE_CHOICE_QUESTION__MAX_SELECTIONS:
				return getMaxSelections();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FormsPackage.MULTIPLE_CHOICE_QUESTION__MAX_SELECTIONS:
				setMaxSelections((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FormsPackage.MULTIPLE_CHOICE_QUESTION__MAX_SELECTIONS:
				setMaxSelections(MAX_SELECTIONS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FormsPackage.MULTIPLE_CHOICE_QUESTION__MAX_SELECTIONS:
				return MAX_SELECTIONS_EDEFAULT == null ? maxSelections != null : !MAX_SELECTIONS_EDEFAULT.equals(maxSelections);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (maxSelections: ");
		result.append(maxSelections);
		result.append(')');
		return result.toString();
	}

} //MultipleChoiceQuestionImpl
