package se.isu.forms.resource;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Resources for form versions ({@code .forms}) and crosswalks ({@code .crosswalk}).
 * <p>
 * Every element gets an {@code xmi:id}, kept across saves: crosswalks, later versions and records
 * refer to questions and options of other files, and a reference by id survives edits that would
 * shift a positional path such as {@code //@sections.1/@questions.3}.
 */
public final class FormsResourceFactory extends XMIResourceFactoryImpl {

    /** File extension of a form version. */
    public static final String FORMS_EXTENSION = "forms";
    /** File extension of a crosswalk between two versions. */
    public static final String CROSSWALK_EXTENSION = "crosswalk";

    /** Options for saving: UTF-8, ids kept, schema locations left out. */
    public static final Map<Object, Object> SAVE_OPTIONS = Map.of(
            XMLResource.OPTION_ENCODING, "UTF-8",
            XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE,
            XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(120));

    @Override
    public Resource createResource(URI uri) {
        XMIResourceImpl resource = new XMIResourceImpl(uri) {
            @Override
            protected boolean useUUIDs() {
                return true;
            }
        };
        resource.getDefaultLoadOptions().put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        resource.getDefaultSaveOptions().putAll(SAVE_OPTIONS);
        return resource;
    }

    /** Registers this factory for both extensions in {@code registry} (for use outside the plug-in registry). */
    public static void register(Resource.Factory.Registry registry) {
        FormsResourceFactory factory = new FormsResourceFactory();
        registry.getExtensionToFactoryMap().put(FORMS_EXTENSION, factory);
        registry.getExtensionToFactoryMap().put(CROSSWALK_EXTENSION, factory);
    }
}
