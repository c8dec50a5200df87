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

import se.isu.forms.FormVersion;

import se.isu.forms.crosswalk.Crosswalk;
import se.isu.forms.crosswalk.CrosswalkPackage;
import se.isu.forms.crosswalk.HarmonisedCodeList;
import se.isu.forms.crosswalk.QuestionMapping;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Crosswalk</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.forms.crosswalk.impl.CrosswalkImpl#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.impl.CrosswalkImpl#getSource <em>Source</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.impl.CrosswalkImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.impl.CrosswalkImpl#getQuestionMappings <em>Question Mappings</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.impl.CrosswalkImpl#getCodeLists <em>Code Lists</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CrosswalkImpl extends MinimalEObjectImpl.Container implements Crosswalk {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected FormVersion source;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected FormVersion target;

	/**
	 * The cached value of the '{@link #getQuestionMappings() <em>Question Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestionMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<QuestionMapping> questionMappings;

	/**
	 * The cached value of the '{@link #getCodeLists() <em>Code Lists</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodeLists()
	 * @generated
	 * @ordered
	 */
	protected EList<HarmonisedCodeList> codeLists;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CrosswalkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrosswalkPackage.Literals.CROSSWALK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.CROSSWALK__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormVersion getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (FormVersion)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CrosswalkPackage.CROSSWALK__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FormVersion basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(FormVersion newSource) {
		FormVersion oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.CROSSWALK__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormVersion getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (FormVersion)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CrosswalkPackage.CROSSWALK__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FormVersion basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(FormVersion newTarget) {
		FormVersion oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.CROSSWALK__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QuestionMapping> getQuestionMappings() {
		if (questionMappings == null) {
			questionMappings = new EObjectContainmentEList<QuestionMapping>(QuestionMapping.class, this, CrosswalkPackage.CROSSWALK__QUESTION_MAPPINGS);
		}
		return questionMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HarmonisedCodeList> getCodeLists() {
		if (codeLists == null) {
			codeLists = new EObjectContainmentEList<HarmonisedCodeList>(HarmonisedCodeList.class, this, CrosswalkPackage.CROSSWALK__CODE_LISTS);
		}
		return codeLists;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CrosswalkPackage.CROSSWALK__QUESTION_MAPPINGS:
				return ((InternalEList<?>)getQuestionMappings()).basicRemove(otherEnd, msgs);
			case CrosswalkPackage.CROSSWALK__CODE_LISTS:
				return ((InternalEList<?>)getCodeLists()).basicRemove(otherEnd, msgs);
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
			case CrosswalkPackage.CROSSWALK__ID:
				return getId();
			case CrosswalkPackage.CROSSWALK__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case CrosswalkPackage.CROSSWALK__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case CrosswalkPackage.CROSSWALK__QUESTION_MAPPINGS:
				return getQuestionMappings();
			case CrosswalkPackage.CROSSWALK__CODE_LISTS:
				return getCodeLists();
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
			case CrosswalkPackage.CROSSWALK__ID:
				setId((String)newValue);
				return;
			case CrosswalkPackage.CROSSWALK__SOURCE:
				setSource((FormVersion)newValue);
				return;
			case CrosswalkPackage.CROSSWALK__TARGET:
				setTarget((FormVersion)newValue);
				return;
			case CrosswalkPackage.CROSSWALK__QUESTION_MAPPINGS:
				getQuestionMappings().clear();
				getQuestionMappings().addAll((Collection<? extends QuestionMapping>)newValue);
				return;
			case CrosswalkPackage.CROSSWALK__CODE_LISTS:
				getCodeLists().clear();
				getCodeLists().addAll((Collection<? extends HarmonisedCodeList>)newValue);
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
			case CrosswalkPackage.CROSSWALK__ID:
				setId(ID_EDEFAULT);
				return;
			case CrosswalkPackage.CROSSWALK__SOURCE:
				setSource((FormVersion)null);
				return;
			case CrosswalkPackage.CROSSWALK__TARGET:
				setTarget((FormVersion)null);
				return;
			case CrosswalkPackage.CROSSWALK__QUESTION_MAPPINGS:
				getQuestionMappings().clear();
				return;
			case CrosswalkPackage.CROSSWALK__CODE_LISTS:
				getCodeLists().clear();
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
			case CrosswalkPackage.CROSSWALK__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CrosswalkPackage.CROSSWALK__SOURCE:
				return source != null;
			case CrosswalkPackage.CROSSWALK__TARGET:
				return target != null;
			case CrosswalkPackage.CROSSWALK__QUESTION_MAPPINGS:
				return questionMappings != null && !questionMappings.isEmpty();
			case CrosswalkPackage.CROSSWALK__CODE_LISTS:
				return codeLists != null && !codeLists.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(')');
		return result.toString();
	}

} //CrosswalkImpl
