/**
 */
package se.isu.forms.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import se.isu.forms.DateOrderRule;
import se.isu.forms.FormsPackage;
import se.isu.forms.Question;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Date Order Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.forms.impl.DateOrderRuleImpl#getEarlier <em>Earlier</em>}</li>
 *   <li>{@link se.isu.forms.impl.DateOrderRuleImpl#getLater <em>Later</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DateOrderRuleImpl extends RuleImpl implements DateOrderRule {
	/**
	 * The cached value of the '{@link #getEarlier() <em>Earlier</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarlier()
	 * @generated
	 * @ordered
	 */
	protected Question earlier;

	/**
	 * The cached value of the '{@link #getLater() <em>Later</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLater()
	 * @generated
	 * @ordered
	 */
	protected Question later;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DateOrderRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormsPackage.Literals.DATE_ORDER_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Question getEarlier() {
		if (earlier != null && earlier.eIsProxy()) {
			InternalEObject oldEarlier = (InternalEObject)earlier;
			earlier = (Question)eResolveProxy(oldEarlier);
			if (earlier != oldEarlier) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FormsPackage.DATE_ORDER_RULE__EARLIER, oldEarlier, earlier));
			}
		}
		return earlier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Question basicGetEarlier() {
		return earlier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEarlier(Question newEarlier) {
		Question oldEarlier = earlier;
		earlier = newEarlier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormsPackage.DATE_ORDER_RULE__EARLIER, oldEarlier, earlier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Question getLater() {
		if (later != null && later.eIsProxy()) {
			InternalEObject oldLater = (InternalEObject)later;
			later = (Question)eResolveProxy(oldLater);
			if (later != oldLater) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FormsPackage.DATE_ORDER_RULE__LATER, oldLater, later));
			}
		}
		return later;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Question basicGetLater() {
		return later;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLater(Question newLater) {
		Question oldLater = later;
		later = newLater;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormsPackage.DATE_ORDER_RULE__LATER, oldLater, later));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FormsPackage.DATE_ORDER_RULE__EARLIER:
				if (resolve) return getEarlier();
				return basicGetEarlier();
			case FormsPackage.DATE_ORDER_RULE__LATER:
				if (resolve) return getLater();
				return basicGetLater();
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
			case FormsPackage.DATE_ORDER_RULE__EARLIER:
				setEarlier((Question)newValue);
				return;
			case FormsPackage.DATE_ORDER_RULE__LATER:
				setLater((Question)newValue);
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
			case FormsPackage.DATE_ORDER_RULE__EARLIER:
				setEarlier((Question)null);
				return;
			case FormsPackage.DATE_ORDER_RULE__LATER:
				setLater((Question)null);
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
			case FormsPackage.DATE_ORDER_RULE__EARLIER:
				return earlier != null;
			case FormsPackage.DATE_ORDER_RULE__LATER:
				return later != null;
		}
		return super.eIsSet(featureID);
	}

} //DateOrderRuleImpl
