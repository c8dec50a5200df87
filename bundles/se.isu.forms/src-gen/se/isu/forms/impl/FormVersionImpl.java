/**
 */
package se.isu.forms.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

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

import se.isu.forms.ChangeNote;
import se.isu.forms.DerivedVariable;
import se.isu.forms.FormVersion;
import se.isu.forms.FormsPackage;
import se.isu.forms.Question;
import se.isu.forms.Rule;
import se.isu.forms.Section;
import se.isu.forms.VersionStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Form Version</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.forms.impl.FormVersionImpl#getFormId <em>Form Id</em>}</li>
 *   <li>{@link se.isu.forms.impl.FormVersionImpl#getFormName <em>Form Name</em>}</li>
 *   <li>{@link se.isu.forms.impl.FormVersionImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link se.isu.forms.impl.FormVersionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link se.isu.forms.impl.FormVersionImpl#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link se.isu.forms.impl.FormVersionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link se.isu.forms.impl.FormVersionImpl#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link se.isu.forms.impl.FormVersionImpl#getPublishedDigest <em>Published Digest</em>}</li>
 *   <li>{@link se.isu.forms.impl.FormVersionImpl#getPredecessor <em>Predecessor</em>}</li>
 *   <li>{@link se.isu.forms.impl.FormVersionImpl#getChangeNotes <em>Change Notes</em>}</li>
 *   <li>{@link se.isu.forms.impl.FormVersionImpl#getSections <em>Sections</em>}</li>
 *   <li>{@link se.isu.forms.impl.FormVersionImpl#getRules <em>Rules</em>}</li>
 *   <li>{@link se.isu.forms.impl.FormVersionImpl#getDerivedVariables <em>Derived Variables</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FormVersionImpl extends MinimalEObjectImpl.Container implements FormVersion {
	/**
	 * The default value of the '{@link #getFormId() <em>Form Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormId()
	 * @generated
	 * @ordered
	 */
	protected static final String FORM_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormId() <em>Form Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormId()
	 * @generated
	 * @ordered
	 */
	protected String formId = FORM_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormName() <em>Form Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormName()
	 * @generated
	 * @ordered
	 */
	protected static final String FORM_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormName() <em>Form Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormName()
	 * @generated
	 * @ordered
	 */
	protected String formName = FORM_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublisher() <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublisher() <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected String publisher = PUBLISHER_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final VersionStatus STATUS_EDEFAULT = VersionStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected VersionStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate VALID_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected LocalDate validFrom = VALID_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublishedDigest() <em>Published Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedDigest()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHED_DIGEST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublishedDigest() <em>Published Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedDigest()
	 * @generated
	 * @ordered
	 */
	protected String publishedDigest = PUBLISHED_DIGEST_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPredecessor() <em>Predecessor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredecessor()
	 * @generated
	 * @ordered
	 */
	protected FormVersion predecessor;

	/**
	 * The cached value of the '{@link #getChangeNotes() <em>Change Notes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangeNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<ChangeNote> changeNotes;

	/**
	 * The cached value of the '{@link #getSections() <em>Sections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSections()
	 * @generated
	 * @ordered
	 */
	protected EList<Section> sections;

	/**
	 * The cached value of the '{@link #getRules() <em>Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected EList<Rule> rules;

	/**
	 * The cached value of the '{@link #getDerivedVariables() <em>Derived Variables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDerivedVariables()
	 * @generated
	 * @ordered
	 */
	protected EList<DerivedVariable> derivedVariables;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FormVersionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormsPackage.Literals.FORM_VERSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormId() {
		return formId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormId(String newFormId) {
		String oldFormId = formId;
		formId = newFormId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormsPackage.FORM_VERSION__FORM_ID, oldFormId, formId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormName() {
		return formName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormName(String newFormName) {
		String oldFormName = formName;
		formName = newFormName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormsPackage.FORM_VERSION__FORM_NAME, oldFormName, formName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormsPackage.FORM_VERSION__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormsPackage.FORM_VERSION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublisher() {
		return publisher;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublisher(String newPublisher) {
		String oldPublisher = publisher;
		publisher = newPublisher;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormsPackage.FORM_VERSION__PUBLISHER, oldPublisher, publisher));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VersionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(VersionStatus newStatus) {
		VersionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormsPackage.FORM_VERSION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getValidFrom() {
		return validFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidFrom(LocalDate newValidFrom) {
		LocalDate oldValidFrom = validFrom;
		validFrom = newValidFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormsPackage.FORM_VERSION__VALID_FROM, oldValidFrom, validFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublishedDigest() {
		return publishedDigest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublishedDigest(String newPublishedDigest) {
		String oldPublishedDigest = publishedDigest;
		publishedDigest = newPublishedDigest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormsPackage.FORM_VERSION__PUBLISHED_DIGEST, oldPublishedDigest, publishedDigest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormVersion getPredecessor() {
		if (predecessor != null && predecessor.eIsProxy()) {
			InternalEObject oldPredecessor = (InternalEObject)predecessor;
			predecessor = (FormVersion)eResolveProxy(oldPredecessor);
			if (predecessor != oldPredecessor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FormsPackage.FORM_VERSION__PREDECESSOR, oldPredecessor, predecessor));
			}
		}
		return predecessor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FormVersion basicGetPredecessor() {
		return predecessor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPredecessor(FormVersion newPredecessor) {
		FormVersion oldPredecessor = predecessor;
		predecessor = newPredecessor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormsPackage.FORM_VERSION__PREDECESSOR, oldPredecessor, predecessor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChangeNote> getChangeNotes() {
		if (changeNotes == null) {
			changeNotes = new EObjectContainmentEList<ChangeNote>(ChangeNote.class, this, FormsPackage.FORM_VERSION__CHANGE_NOTES);
		}
		return changeNotes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Section> getSections() {
		if (sections == null) {
			sections = new EObjectContainmentEList<Section>(Section.class, this, FormsPackage.FORM_VERSION__SECTIONS);
		}
		return sections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Rule> getRules() {
		if (rules == null) {
			rules = new EObjectContainmentEList<Rule>(Rule.class, this, FormsPackage.FORM_VERSION__RULES);
		}
		return rules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DerivedVariable> getDerivedVariables() {
		if (derivedVariables == null) {
			derivedVariables = new EObjectContainmentEList<DerivedVariable>(DerivedVariable.class, this, FormsPackage.FORM_VERSION__DERIVED_VARIABLES);
		}
		return derivedVariables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public EList<Question> allQuestions() {
		return FormQueries.allQuestions(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public Question findQuestion(String variableId) {
		return FormQueries.findQuestion(this, variableId);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FormsPackage.FORM_VERSION__CHANGE_NOTES:
				return ((InternalEList<?>)getChangeNotes()).basicRemove(otherEnd, msgs);
			case FormsPackage.FORM_VERSION__SECTIONS:
				return ((InternalEList<?>)getSections()).basicRemove(otherEnd, msgs);
			case FormsPackage.FORM_VERSION__RULES:
				return ((InternalEList<?>)getRules()).basicRemove(otherEnd, msgs);
			case FormsPackage.FORM_VERSION__DERIVED_VARIABLES:
				return ((InternalEList<?>)getDerivedVariables()).basicRemove(otherEnd, msgs);
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
			case FormsPackage.FORM_VERSION__FORM_ID:
				return getFormId();
			case FormsPackage.FORM_VERSION__FORM_NAME:
				return getFormName();
			case FormsPackage.FORM_VERSION__VERSION:
				return getVersion();
			case FormsPackage.FORM_VERSION__TITLE:
				return getTitle();
			case FormsPackage.FORM_VERSION__PUBLISHER:
				return getPublisher();
			case FormsPackage.FORM_VERSION__STATUS:
				return getStatus();
			case FormsPackage.FORM_VERSION__VALID_FROM:
				return getValidFrom();
			case FormsPackage.FORM_VERSION__PUBLISHED_DIGEST:
				return getPublishedDigest();
			case FormsPackage.FORM_VERSION__PREDECESSOR:
				if (resolve) return getPredecessor();
				return basicGetPredecessor();
			case FormsPackage.FORM_VERSION__CHANGE_NOTES:
				return getChangeNotes();
			case FormsPackage.FORM_VERSION__SECTIONS:
				return getSections();
			case FormsPackage.FORM_VERSION__RULES:
				return getRules();
			case FormsPackage.FORM_VERSION__DERIVED_VARIABLES:
				return getDerivedVariables();
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
			case FormsPackage.FORM_VERSION__FORM_ID:
				setFormId((String)newValue);
				return;
			case FormsPackage.FORM_VERSION__FORM_NAME:
				setFormName((String)newValue);
				return;
			case FormsPackage.FORM_VERSION__VERSION:
				setVersion((String)newValue);
				return;
			case FormsPackage.FORM_VERSION__TITLE:
				setTitle((String)newValue);
				return;
			case FormsPackage.FORM_VERSION__PUBLISHER:
				setPublisher((String)newValue);
				return;
			case FormsPackage.FORM_VERSION__STATUS:
				setStatus((VersionStatus)newValue);
				return;
			case FormsPackage.FORM_VERSION__VALID_FROM:
				setValidFrom((LocalDate)newValue);
				return;
			case FormsPackage.FORM_VERSION__PUBLISHED_DIGEST:
				setPublishedDigest((String)newValue);
				return;
			case FormsPackage.FORM_VERSION__PREDECESSOR:
				setPredecessor((FormVersion)newValue);
				return;
			case FormsPackage.FORM_VERSION__CHANGE_NOTES:
				getChangeNotes().clear();
				getChangeNotes().addAll((Collection<? extends ChangeNote>)newValue);
				return;
			case FormsPackage.FORM_VERSION__SECTIONS:
				getSections().clear();
				getSections().addAll((Collection<? extends Section>)newValue);
				return;
			case FormsPackage.FORM_VERSION__RULES:
				getRules().clear();
				getRules().addAll((Collection<? extends Rule>)newValue);
				return;
			case FormsPackage.FORM_VERSION__DERIVED_VARIABLES:
				getDerivedVariables().clear();
				getDerivedVariables().addAll((Collection<? extends DerivedVariable>)newValue);
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
			case FormsPackage.FORM_VERSION__FORM_ID:
				setFormId(FORM_ID_EDEFAULT);
				return;
			case FormsPackage.FORM_VERSION__FORM_NAME:
				setFormName(FORM_NAME_EDEFAULT);
				return;
			case FormsPackage.FORM_VERSION__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case FormsPackage.FORM_VERSION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case FormsPackage.FORM_VERSION__PUBLISHER:
				setPublisher(PUBLISHER_EDEFAULT);
				return;
			case FormsPackage.FORM_VERSION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case FormsPackage.FORM_VERSION__VALID_FROM:
				setValidFrom(VALID_FROM_EDEFAULT);
				return;
			case FormsPackage.FORM_VERSION__PUBLISHED_DIGEST:
				setPublishedDigest(PUBLISHED_DIGEST_EDEFAULT);
				return;
			case FormsPackage.FORM_VERSION__PREDECESSOR:
				setPredecessor((FormVersion)null);
				return;
			case FormsPackage.FORM_VERSION__CHANGE_NOTES:
				getChangeNotes().clear();
				return;
			case FormsPackage.FORM_VERSION__SECTIONS:
				getSections().clear();
				return;
			case FormsPackage.FORM_VERSION__RULES:
				getRules().clear();
				return;
			case FormsPackage.FORM_VERSION__DERIVED_VARIABLES:
				getDerivedVariables().clear();
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
			case FormsPackage.FORM_VERSION__FORM_ID:
				return FORM_ID_EDEFAULT == null ? formId != null : !FORM_ID_EDEFAULT.equals(formId);
			case FormsPackage.FORM_VERSION__FORM_NAME:
				return FORM_NAME_EDEFAULT == null ? formName != null : !FORM_NAME_EDEFAULT.equals(formName);
			case FormsPackage.FORM_VERSION__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case FormsPackage.FORM_VERSION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case FormsPackage.FORM_VERSION__PUBLISHER:
				return PUBLISHER_EDEFAULT == null ? publisher != null : !PUBLISHER_EDEFAULT.equals(publisher);
			case FormsPackage.FORM_VERSION__STATUS:
				return status != STATUS_EDEFAULT;
			case FormsPackage.FORM_VERSION__VALID_FROM:
				return VALID_FROM_EDEFAULT == null ? validFrom != null : !VALID_FROM_EDEFAULT.equals(validFrom);
			case FormsPackage.FORM_VERSION__PUBLISHED_DIGEST:
				return PUBLISHED_DIGEST_EDEFAULT == null ? publishedDigest != null : !PUBLISHED_DIGEST_EDEFAULT.equals(publishedDigest);
			case FormsPackage.FORM_VERSION__PREDECESSOR:
				return predecessor != null;
			case FormsPackage.FORM_VERSION__CHANGE_NOTES:
				return changeNotes != null && !changeNotes.isEmpty();
			case FormsPackage.FORM_VERSION__SECTIONS:
				return sections != null && !sections.isEmpty();
			case FormsPackage.FORM_VERSION__RULES:
				return rules != null && !rules.isEmpty();
			case FormsPackage.FORM_VERSION__DERIVED_VARIABLES:
				return derivedVariables != null && !derivedVariables.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case FormsPackage.FORM_VERSION___ALL_QUESTIONS:
				return allQuestions();
			case FormsPackage.FORM_VERSION___FIND_QUESTION__STRING:
				return findQuestion((String)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (formId: ");
		result.append(formId);
		result.append(", formName: ");
		result.append(formName);
		result.append(", version: ");
		result.append(version);
		result.append(", title: ");
		result.append(title);
		result.append(", publisher: ");
		result.append(publisher);
		result.append(", status: ");
		result.append(status);
		result.append(", validFrom: ");
		result.append(validFrom);
		result.append(", publishedDigest: ");
		result.append(publishedDigest);
		result.append(')');
		return result.toString();
	}

} //FormVersionImpl
