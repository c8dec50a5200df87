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

import se.isu.forms.Question;

import se.isu.forms.crosswalk.CrosswalkPackage;
import se.isu.forms.crosswalk.MappingKind;
import se.isu.forms.crosswalk.OptionMapping;
import se.isu.forms.crosswalk.QuestionMapping;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Question Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.forms.crosswalk.impl.QuestionMappingImpl#getSourceQuestion <em>Source Question</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.impl.QuestionMappingImpl#getTargetQuestion <em>Target Question</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.impl.QuestionMappingImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.impl.QuestionMappingImpl#getNote <em>Note</em>}</li>
 *   <li>{@link se.isu.forms.crosswalk.impl.QuestionMappingImpl#getOptionMappings <em>Option Mappings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QuestionMappingImpl extends MinimalEObjectImpl.Container implements QuestionMapping {
	/**
	 * The cached value of the '{@link #getSourceQuestion() <em>Source Question</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceQuestion()
	 * @generated
	 * @ordered
	 */
	protected Question sourceQuestion;

	/**
	 * The cached value of the '{@link #getTargetQuestion() <em>Target Question</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetQuestion()
	 * @generated
	 * @ordered
	 */
	protected Question targetQuestion;

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
	 * The cached value of the '{@link #getOptionMappings() <em>Option Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptionMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<OptionMapping> optionMappings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QuestionMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrosswalkPackage.Literals.QUESTION_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Question getSourceQuestion() {
		if (sourceQuestion != null && sourceQuestion.eIsProxy()) {
			InternalEObject oldSourceQuestion = (InternalEObject)sourceQuestion;
			sourceQuestion = (Question)eResolveProxy(oldSourceQuestion);
			if (sourceQuestion != oldSourceQuestion) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CrosswalkPackage.QUESTION_MAPPING__SOURCE_QUESTION, oldSourceQuestion, sourceQuestion));
			}
		}
		return sourceQuestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Question basicGetSourceQuestion() {
		return sourceQuestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceQuestion(Question newSourceQuestion) {
		Question oldSourceQuestion = sourceQuestion;
		sourceQuestion = newSourceQuestion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.QUESTION_MAPPING__SOURCE_QUESTION, oldSourceQuestion, sourceQuestion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Question getTargetQuestion() {
		if (targetQuestion != null && targetQuestion.eIsProxy()) {
			InternalEObject oldTargetQuestion = (InternalEObject)targetQuestion;
			targetQuestion = (Question)eResolveProxy(oldTargetQuestion);
			if (targetQuestion != oldTargetQuestion) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CrosswalkPackage.QUESTION_MAPPING__TARGET_QUESTION, oldTargetQuestion, targetQuestion));
			}
		}
		return targetQuestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Question basicGetTargetQuestion() {
		return targetQuestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetQuestion(Question newTargetQuestion) {
		Question oldTargetQuestion = targetQuestion;
		targetQuestion = newTargetQuestion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.QUESTION_MAPPING__TARGET_QUESTION, oldTargetQuestion, targetQuestion));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.QUESTION_MAPPING__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.QUESTION_MAPPING__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OptionMapping> getOptionMappings() {
		if (optionMappings == null) {
			optionMappings = new EObjectContainmentEList<OptionMapping>(OptionMapping.class, this, CrosswalkPackage.QUESTION_MAPPING__OPTION_MAPPINGS);
		}
		return optionMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CrosswalkPackage.QUESTION_MAPPING__OPTION_MAPPINGS:
				return ((InternalEList<?>)getOptionMappings()).basicRemove(otherEnd, msgs);
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
			case CrosswalkPackage.QUESTION_MAPPING__SOURCE_QUESTION:
				if (resolve) return getSourceQuestion();
				return basicGetSourceQuestion();
			case CrosswalkPackage.QUESTION_MAPPING__TARGET_QUESTION:
				if (resolve) return getTargetQuestion();
				return basicGetTargetQuestion();
			case CrosswalkPackage.QUESTION_MAPPING__KIND:
				return getKind();
			case CrosswalkPackage.QUESTION_MAPPING__NOTE:
				return getNote();
			case CrosswalkPackage.QUESTION_MAPPING__OPTION_MAPPINGS:
				return getOptionMappings();
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
			case CrosswalkPackage.QUESTION_MAPPING__SOURCE_QUESTION:
				setSourceQuestion((Question)newValue);
				return;
			case CrosswalkPackage.QUESTION_MAPPING__TARGET_QUESTION:
				setTargetQuestion((Question)newValue);
				return;
			case CrosswalkPackage.QUESTION_MAPPING__KIND:
				setKind((MappingKind)newValue);
				return;
			case CrosswalkPackage.QUESTION_MAPPING__NOTE:
				setNote((String)newValue);
				return;
			case CrosswalkPackage.QUESTION_MAPPING__OPTION_MAPPINGS:
				getOptionMappings().clear();
				getOptionMappings().addAll((Collection<? extends OptionMapping>)newValue);
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
			case CrosswalkPackage.QUESTION_MAPPING__SOURCE_QUESTION:
				setSourceQuestion((Question)null);
				return;
			case CrosswalkPackage.QUESTION_MAPPING__TARGET_QUESTION:
				setTargetQuestion((Question)null);
				return;
			case CrosswalkPackage.QUESTION_MAPPING__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CrosswalkPackage.QUESTION_MAPPING__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case CrosswalkPackage.QUESTION_MAPPING__OPTION_MAPPINGS:
				getOptionMappings().clear();
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
			case CrosswalkPackage.QUESTION_MAPPING__SOURCE_QUESTION:
				return sourceQuestion != null;
			case CrosswalkPackage.QUESTION_MAPPING__TARGET_QUESTION:
				return targetQuestion != null;
			case CrosswalkPackage.QUESTION_MAPPING__KIND:
				return kind != KIND_EDEFAULT;
			case CrosswalkPackage.QUESTION_MAPPING__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case CrosswalkPackage.QUESTION_MAPPING__OPTION_MAPPINGS:
				return optionMappings != null && !optionMappings.isEmpty();
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

} //QuestionMappingImpl
