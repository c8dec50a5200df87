/**
 */
package se.isu.forms.crosswalk.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import se.isu.forms.Option;

import se.isu.forms.crosswalk.CrosswalkPackage;
import se.isu.forms.crosswalk.HarmonisedCategory;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Harmonised Category</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.forms.crosswalk.impl.HarmonisedCategoryImpl#getCode <em>Code</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.impl.HarmonisedCategoryImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.impl.HarmonisedCategoryImpl#isComparable <em>Comparable</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.impl.HarmonisedCategoryImpl#getNote <em>Note</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.impl.HarmonisedCategoryImpl#getSourceOptions <em>Source Options</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.impl.HarmonisedCategoryImpl#getTargetOptions <em>Target Options</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HarmonisedCategoryImpl extends MinimalEObjectImpl.Container implements HarmonisedCategory {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final int CODE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected int code = CODE_EDEFAULT;

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
	 * The default value of the '{@link #isComparable() <em>Comparable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isComparable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COMPARABLE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isComparable() <em>Comparable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isComparable()
	 * @generated
	 * @ordered
	 */
	protected boolean comparable = COMPARABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSourceOptions() <em>Source Options</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceOptions()
	 * @generated
	 * @ordered
	 */
	protected EList<Option> sourceOptions;

	/**
	 * The cached value of the '{@link #getTargetOptions() <em>Target Options</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetOptions()
	 * @generated
	 * @ordered
	 */
	protected EList<Option> targetOptions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HarmonisedCategoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrosswalkPackage.Literals.HARMONISED_CATEGORY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(int newCode) {
		int oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.HARMONISED_CATEGORY__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.HARMONISED_CATEGORY__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isComparable() {
		return comparable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComparable(boolean newComparable) {
		boolean oldComparable = comparable;
		comparable = newComparable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.HARMONISED_CATEGORY__COMPARABLE, oldComparable, comparable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.HARMONISED_CATEGORY__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Option> getSourceOptions() {
		if (sourceOptions == null) {
			sourceOptions = new EObjectResolvingEList<Option>(Option.class, this, CrosswalkPackage.HARMONISED_CATEGORY__SOURCE_OPTIONS);
		}
		return sourceOptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Option> getTargetOptions() {
		if (targetOptions == null) {
			targetOptions = new EObjectResolvingEList<Option>(Option.class, this, CrosswalkPackage.HARMONISED_CATEGORY__TARGET_OPTIONS);
		}
		return targetOptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CrosswalkPackage.HARMONISED_CATEGORY__CODE:
				return getCode();
			case CrosswalkPackage.HARMONISED_CATEGORY__LABEL:
				return getLabel();
			case CrosswalkPackage.HARMONISED_CATEGORY__COMPARABLE:
				return isComparable();
			case CrosswalkPackage.HARMONISED_CATEGORY__NOTE:
				return getNote();
			case CrosswalkPackage.HARMONISED_CATEGORY__SOURCE_OPTIONS:
				return getSourceOptions();
			case CrosswalkPackage.HARMONISED_CATEGORY__TARGET_OPTIONS:
				return getTargetOptions();
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
			case CrosswalkPackage.HARMONISED_CATEGORY__CODE:
				setCode((Integer)newValue);
				return;
			case CrosswalkPackage.HARMONISED_CATEGORY__LABEL:
				setLabel((String)newValue);
				return;
			case CrosswalkPackage.HARMONISED_CATEGORY__COMPARABLE:
				setComparable((Boolean)newValue);
				return;
			case CrosswalkPackage.HARMONISED_CATEGORY__NOTE:
				setNote((String)newValue);
				return;
			case CrosswalkPackage.HARMONISED_CATEGORY__SOURCE_OPTIONS:
				getSourceOptions().clear();
				getSourceOptions().addAll((Collection<? extends Option>)newValue);
				return;
			case CrosswalkPackage.HARMONISED_CATEGORY__TARGET_OPTIONS:
				getTargetOptions().clear();
				getTargetOptions().addAll((Collection<? extends Option>)newValue);
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
			case CrosswalkPackage.HARMONISED_CATEGORY__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case CrosswalkPackage.HARMONISED_CATEGORY__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case CrosswalkPackage.HARMONISED_CATEGORY__COMPARABLE:
				setComparable(COMPARABLE_EDEFAULT);
				return;
			case CrosswalkPackage.HARMONISED_CATEGORY__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case CrosswalkPackage.HARMONISED_CATEGORY__SOURCE_OPTIONS:
				getSourceOptions().clear();
				return;
			case CrosswalkPackage.HARMONISED_CATEGORY__TARGET_OPTIONS:
				getTargetOptions().clear();
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
			case CrosswalkPackage.HARMONISED_CATEGORY__CODE:
				return code != CODE_EDEFAULT;
			case CrosswalkPackage.HARMONISED_CATEGORY__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case CrosswalkPackage.HARMONISED_CATEGORY__COMPARABLE:
				return comparable != COMPARABLE_EDEFAULT;
			case CrosswalkPackage.HARMONISED_CATEGORY__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case CrosswalkPackage.HARMONISED_CATEGORY__SOURCE_OPTIONS:
				return sourceOptions != null && !sourceOptions.isEmpty();
			case CrosswalkPackage.HARMONISED_CATEGORY__TARGET_OPTIONS:
				return targetOptions != null && !targetOptions.isEmpty();
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
		result.append(" (code: ");
		result.append(code);
		result.append(", label: ");
		result.append(label);
		result.append(", comparable: ");
		result.append(comparable);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //HarmonisedCategoryImpl
