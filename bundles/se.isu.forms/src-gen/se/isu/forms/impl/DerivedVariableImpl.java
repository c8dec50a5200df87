/**
 */
package se.isu.forms.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import se.isu.forms.DerivedVariable;
import se.isu.forms.FormsPackage;
import se.isu.forms.Question;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Derived Variable</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.forms.impl.DerivedVariableImpl#getVariableId <em>Variable Id</em>}</li>
 *   <li>{@link se.isu.forms.impl.DerivedVariableImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link se.isu.forms.impl.DerivedVariableImpl#getDefinition <em>Definition</em>}</li>
 *   <li>{@link se.isu.forms.impl.DerivedVariableImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link se.isu.forms.impl.DerivedVariableImpl#getFrom <em>From</em>}</li>
 *   <li>{@link se.isu.forms.impl.DerivedVariableImpl#getTo <em>To</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DerivedVariableImpl extends MinimalEObjectImpl.Container implements DerivedVariable {
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
	 * The default value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFINITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected String definition = DEFINITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFrom() <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected Question from;

	/**
	 * The cached value of the '{@link #getTo() <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected Question to;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DerivedVariableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormsPackage.Literals.DERIVED_VARIABLE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FormsPackage.DERIVED_VARIABLE__VARIABLE_ID, oldVariableId, variableId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FormsPackage.DERIVED_VARIABLE__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefinition() {
		return definition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinition(String newDefinition) {
		String oldDefinition = definition;
		definition = newDefinition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormsPackage.DERIVED_VARIABLE__DEFINITION, oldDefinition, definition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormsPackage.DERIVED_VARIABLE__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Question getFrom() {
		if (from != null && from.eIsProxy()) {
			InternalEObject oldFrom = (InternalEObject)from;
			from = (Question)eResolveProxy(oldFrom);
			if (from != oldFrom) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FormsPackage.DERIVED_VARIABLE__FROM, oldFrom, from));
			}
		}
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Question basicGetFrom() {
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrom(Question newFrom) {
		Question oldFrom = from;
		from = newFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormsPackage.DERIVED_VARIABLE__FROM, oldFrom, from));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Question getTo() {
		if (to != null && to.eIsProxy()) {
			InternalEObject oldTo = (InternalEObject)to;
			to = (Question)eResolveProxy(oldTo);
			if (to != oldTo) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FormsPackage.DERIVED_VARIABLE__TO, oldTo, to));
			}
		}
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Question basicGetTo() {
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTo(Question newTo) {
		Question oldTo = to;
		to = newTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormsPackage.DERIVED_VARIABLE__TO, oldTo, to));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FormsPackage.DERIVED_VARIABLE__VARIABLE_ID:
				return getVariableId();
			case FormsPackage.DERIVED_VARIABLE__LABEL:
				return getLabel();
			case FormsPackage.DERIVED_VARIABLE__DEFINITION:
				return getDefinition();
			case FormsPackage.DERIVED_VARIABLE__UNIT:
				return getUnit();
			case FormsPackage.DERIVED_VARIABLE__FROM:
				if (resolve) return getFrom();
				return basicGetFrom();
			case FormsPackage.DERIVED_VARIABLE__TO:
				if (resolve) return getTo();
				return basicGetTo();
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
			case FormsPackage.DERIVED_VARIABLE__VARIABLE_ID:
				setVariableId((String)newValue);
				return;
			case FormsPackage.DERIVED_VARIABLE__LABEL:
				setLabel((String)newValue);
				return;
			case FormsPackage.DERIVED_VARIABLE__DEFINITION:
				setDefinition((String)newValue);
				return;
			case FormsPackage.DERIVED_VARIABLE__UNIT:
				setUnit((String)newValue);
				return;
			case FormsPackage.DERIVED_VARIABLE__FROM:
				setFrom((Question)newValue);
				return;
			case FormsPackage.DERIVED_VARIABLE__TO:
				setTo((Question)newValue);
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
			case FormsPackage.DERIVED_VARIABLE__VARIABLE_ID:
				setVariableId(VARIABLE_ID_EDEFAULT);
				return;
			case FormsPackage.DERIVED_VARIABLE__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case FormsPackage.DERIVED_VARIABLE__DEFINITION:
				setDefinition(DEFINITION_EDEFAULT);
				return;
			case FormsPackage.DERIVED_VARIABLE__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case FormsPackage.DERIVED_VARIABLE__FROM:
				setFrom((Question)null);
				return;
			case FormsPackage.DERIVED_VARIABLE__TO:
				setTo((Question)null);
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
			case FormsPackage.DERIVED_VARIABLE__VARIABLE_ID:
				return VARIABLE_ID_EDEFAULT == null ? variableId != null : !VARIABLE_ID_EDEFAULT.equals(variableId);
			case FormsPackage.DERIVED_VARIABLE__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case FormsPackage.DERIVED_VARIABLE__DEFINITION:
				return DEFINITION_EDEFAULT == null ? definition != null : !DEFINITION_EDEFAULT.equals(definition);
			case FormsPackage.DERIVED_VARIABLE__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case FormsPackage.DERIVED_VARIABLE__FROM:
				return from != null;
			case FormsPackage.DERIVED_VARIABLE__TO:
				return to != null;
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
		result.append(", definition: ");
		result.append(definition);
		result.append(", unit: ");
		result.append(unit);
		result.append(')');
		return result.toString();
	}

} //DerivedVariableImpl
