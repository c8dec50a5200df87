/**
 */
package se.isu.forms.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import se.isu.forms.ChangeNote;
import se.isu.forms.ChangeNoteKind;
import se.isu.forms.FormsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Change Note</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.forms.impl.ChangeNoteImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link se.isu.forms.impl.ChangeNoteImpl#getText <em>Text</em>}</li>
 *   <li>{@link se.isu.forms.impl.ChangeNoteImpl#getSource <em>Source</em>}</li>
 *   <li>{@link se.isu.forms.impl.ChangeNoteImpl#getVariableIds <em>Variable Ids</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChangeNoteImpl extends MinimalEObjectImpl.Container implements ChangeNote {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ChangeNoteKind KIND_EDEFAULT = ChangeNoteKind.CHANGE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ChangeNoteKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVariableIds() <em>Variable Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariableIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> variableIds;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChangeNoteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormsPackage.Literals.CHANGE_NOTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChangeNoteKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ChangeNoteKind newKind) {
		ChangeNoteKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormsPackage.CHANGE_NOTE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormsPackage.CHANGE_NOTE__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormsPackage.CHANGE_NOTE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getVariableIds() {
		if (variableIds == null) {
			variableIds = new EDataTypeUniqueEList<String>(String.class, this, FormsPackage.CHANGE_NOTE__VARIABLE_IDS);
		}
		return variableIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FormsPackage.CHANGE_NOTE__KIND:
				return getKind();
			case FormsPackage.CHANGE_NOTE__TEXT:
				return getText();
			case FormsPackage.CHANGE_NOTE__SOURCE:
				return getSource();
			case FormsPackage.CHANGE_NOTE__VARIABLE_IDS:
				return getVariableIds();
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
			case FormsPackage.CHANGE_NOTE__KIND:
				setKind((ChangeNoteKind)newValue);
				return;
			case FormsPackage.CHANGE_NOTE__TEXT:
				setText((String)newValue);
				return;
			case FormsPackage.CHANGE_NOTE__SOURCE:
				setSource((String)newValue);
				return;
			case FormsPackage.CHANGE_NOTE__VARIABLE_IDS:
				getVariableIds().clear();
				getVariableIds().addAll((Collection<? extends String>)newValue);
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
			case FormsPackage.CHANGE_NOTE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case FormsPackage.CHANGE_NOTE__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case FormsPackage.CHANGE_NOTE__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case FormsPackage.CHANGE_NOTE__VARIABLE_IDS:
				getVariableIds().clear();
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
			case FormsPackage.CHANGE_NOTE__KIND:
				return kind != KIND_EDEFAULT;
			case FormsPackage.CHANGE_NOTE__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case FormsPackage.CHANGE_NOTE__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case FormsPackage.CHANGE_NOTE__VARIABLE_IDS:
				return variableIds != null && !variableIds.isEmpty();
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
		result.append(", text: ");
		result.append(text);
		result.append(", source: ");
		result.append(source);
		result.append(", variableIds: ");
		result.append(variableIds);
		result.append(')');
		return result.toString();
	}

} //ChangeNoteImpl
