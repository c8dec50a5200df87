/**
 */
package se.isu.forms.crosswalk.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import se.isu.forms.Option;

import se.isu.forms.crosswalk.CrosswalkPackage;
import se.isu.forms.crosswalk.MappingKind;
import se.isu.forms.crosswalk.OptionMapping;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Option Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.forms.crosswalk.impl.OptionMappingImpl#getSourceOption <em>Source Option</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.impl.OptionMappingImpl#getTargetOptions <em>Target Options</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.impl.OptionMappingImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.impl.OptionMappingImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OptionMappingImpl extends MinimalEObjectImpl.Container implements OptionMapping {
	/**
	 * The cached value of the '{@link #getSourceOption() <em>Source Option</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceOption()
	 * @generated
	 * @ordered
	 */
	protected Option sourceOption;

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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final MappingKind KIND_EDEFAULT = MappingKind.EXACT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected MappingKind kind = KIND_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OptionMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrosswalkPackage.Literals.OPTION_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Option getSourceOption() {
		if (sourceOption != null && sourceOption.eIsProxy()) {
			InternalEObject oldSourceOption = (InternalEObject)sourceOption;
			sourceOption = (Option)eResolveProxy(oldSourceOption);
			if (sourceOption != oldSourceOption) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CrosswalkPackage.OPTION_MAPPING__SOURCE_OPTION, oldSourceOption, sourceOption));
			}
		}
		return sourceOption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Option basicGetSourceOption() {
		return sourceOption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceOption(Option newSourceOption) {
		Option oldSourceOption = sourceOption;
		sourceOption = newSourceOption;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.OPTION_MAPPING__SOURCE_OPTION, oldSourceOption, sourceOption));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Option> getTargetOptions() {
		if (targetOptions == null) {
			targetOptions = new EObjectResolvingEList<Option>(Option.class, this, CrosswalkPackage.OPTION_MAPPING__TARGET_OPTIONS);
		}
		return targetOptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MappingKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(MappingKind newKind) {
		MappingKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.OPTION_MAPPING__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.OPTION_MAPPING__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CrosswalkPackage.OPTION_MAPPING__SOURCE_OPTION:
				if (resolve) return getSourceOption();
				return basicGetSourceOption();
			case CrosswalkPackage.OPTION_MAPPING__TARGET_OPTIONS:
				return getTargetOptions();
			case CrosswalkPackage.OPTION_MAPPING__KIND:
				return getKind();
			case CrosswalkPackage.OPTION_MAPPING__NOTE:
				return getNote();
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
			case CrosswalkPackage.OPTION_MAPPING__SOURCE_OPTION:
				setSourceOption((Option)newValue);
				return;
			case CrosswalkPackage.OPTION_MAPPING__TARGET_OPTIONS:
				getTargetOptions().clear();
				getTargetOptions().addAll((Collection<? extends Option>)newValue);
				return;
			case CrosswalkPackage.OPTION_MAPPING__KIND:
				setKind((MappingKind)newValue);
				return;
			case CrosswalkPackage.OPTION_MAPPING__NOTE:
				setNote((String)newValue);
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
			case CrosswalkPackage.OPTION_MAPPING__SOURCE_OPTION:
				setSourceOption((Option)null);
				return;
			case CrosswalkPackage.OPTION_MAPPING__TARGET_OPTIONS:
				getTargetOptions().clear();
				return;
			case CrosswalkPackage.OPTION_MAPPING__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CrosswalkPackage.OPTION_MAPPING__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case CrosswalkPackage.OPTION_MAPPING__SOURCE_OPTION:
				return sourceOption != null;
			case CrosswalkPackage.OPTION_MAPPING__TARGET_OPTIONS:
				return targetOptions != null && !targetOptions.isEmpty();
			case CrosswalkPackage.OPTION_MAPPING__KIND:
				return kind != KIND_EDEFAULT;
			case CrosswalkPackage.OPTION_MAPPING__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //OptionMappingImpl
