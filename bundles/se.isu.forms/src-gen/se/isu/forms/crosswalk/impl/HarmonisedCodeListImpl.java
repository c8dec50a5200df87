/**
 */
package se.isu.forms.crosswalk.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import se.isu.forms.crosswalk.CrosswalkPackage;
import se.isu.forms.crosswalk.HarmonisedCategory;
import se.isu.forms.crosswalk.HarmonisedCodeList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Harmonised Code List</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.forms.crosswalk.impl.HarmonisedCodeListImpl#getVariableId <em>Variable Id</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.impl.HarmonisedCodeListImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.impl.HarmonisedCodeListImpl#getCategories <em>Categories</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HarmonisedCodeListImpl extends MinimalEObjectImpl.Container implements HarmonisedCodeList {
	/**
	 * The default value of the '{@link #getVariableId() <em>Variable Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariableId()
	 * @generated
	 * @ordered
	 */
	protected static final String VARIABLE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVariableId() <em>Variable Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariableId()
	 * @generated
	 * @ordered
	 */
	protected String variableId = VARIABLE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCategories() <em>Categories</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<HarmonisedCategory> categories;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HarmonisedCodeListImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrosswalkPackage.Literals.HARMONISED_CODE_LIST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVariableId() {
		return variableId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVariableId(String newVariableId) {
		String oldVariableId = variableId;
		variableId = newVariableId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.HARMONISED_CODE_LIST__VARIABLE_ID, oldVariableId, variableId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.HARMONISED_CODE_LIST__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HarmonisedCategory> getCategories() {
		if (categories == null) {
			categories = new EObjectContainmentEList<HarmonisedCategory>(HarmonisedCategory.class, this, CrosswalkPackage.HARMONISED_CODE_LIST__CATEGORIES);
		}
		return categories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CrosswalkPackage.HARMONISED_CODE_LIST__CATEGORIES:
				return ((InternalEList<?>)getCategories()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CrosswalkPackage.HARMONISED_CODE_LIST__VARIABLE_ID:
				return getVariableId();
			case CrosswalkPackage.HARMONISED_CODE_LIST__LABEL:
				return getLabel();
			case CrosswalkPackage.HARMONISED_CODE_LIST__CATEGORIES:
				return getCategories();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CrosswalkPackage.HARMONISED_CODE_LIST__VARIABLE_ID:
				setVariableId((String)newValue);
				return;
			case CrosswalkPackage.HARMONISED_CODE_LIST__LABEL:
				setLabel((String)newValue);
				return;
			case CrosswalkPackage.HARMONISED_CODE_LIST__CATEGORIES:
				getCategories().clear();
				getCategories().addAll((Collection<? extends HarmonisedCategory>)newValue);
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
			case CrosswalkPackage.HARMONISED_CODE_LIST__VARIABLE_ID:
				setVariableId(VARIABLE_ID_EDEFAULT);
				return;
			case CrosswalkPackage.HARMONISED_CODE_LIST__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case CrosswalkPackage.HARMONISED_CODE_LIST__CATEGORIES:
				getCategories().clear();
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
			case CrosswalkPackage.HARMONISED_CODE_LIST__VARIABLE_ID:
				return VARIABLE_ID_EDEFAULT == null ? variableId != null : !VARIABLE_ID_EDEFAULT.equals(variableId);
			case CrosswalkPackage.HARMONISED_CODE_LIST__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case CrosswalkPackage.HARMONISED_CODE_LIST__CATEGORIES:
				return categories != null && !categories.isEmpty();
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
		result.append(" (variableId: ");
		result.append(variableId);
		result.append(", label: ");
		result.append(label);
		result.append(')');
		return result.toString();
	}

} //HarmonisedCodeListImpl
