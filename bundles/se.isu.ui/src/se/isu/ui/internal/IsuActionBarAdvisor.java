package se.isu.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menu bar: Arkiv, Fönster and Hjälp, with the standard workbench actions relabelled in Swedish;
 * undo and redo have no menu of their own but keep their keys.
 * Other bundles add to the menus through the {@code additions} groups.
 */
public final class IsuActionBarAdvisor extends ActionBarAdvisor {

    private IAction save;
    private IAction quit;
    private IAction openPerspective;
    private IAction resetPerspective;
    private IAction preferences;
    private IAction about;
    private IWorkbenchWindow window;

    IsuActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow w) {
        this.window = w;
        // Save, undo and redo are retargeted to the active editor; registering them binds Ctrl+S,
        // Ctrl+Z and Ctrl+Y to whatever the editor offers.
        save = relabel(ActionFactory.SAVE.create(w), Messages.actionSave);
        relabel(ActionFactory.UNDO.create(w), Messages.actionUndo);
        relabel(ActionFactory.REDO.create(w), Messages.actionRedo);
        quit = relabel(ActionFactory.QUIT.create(w), Messages.actionQuit);
        openPerspective = relabel(ActionFactory.OPEN_PERSPECTIVE_DIALOG.create(w), Messages.actionOpenPerspective);
        resetPerspective = relabel(ActionFactory.RESET_PERSPECTIVE.create(w), Messages.actionResetPerspective);
        preferences = relabel(ActionFactory.PREFERENCES.create(w), Messages.actionPreferences);
        about = relabel(ActionFactory.ABOUT.create(w), Messages.actionAbout);
    }

    private IAction relabel(IAction action, String text) {
        action.setText(text);
        action.setToolTipText(text.replace("&", ""));
        register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(Messages.menuFile, IWorkbenchActionConstants.M_FILE);
        file.add(save);
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quit);

        MenuManager windowMenu = new MenuManager(Messages.menuWindow, IWorkbenchActionConstants.M_WINDOW);
        MenuManager perspectives = new MenuManager(Messages.menuPerspectives, "perspectives");
        perspectives.add(ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window));
        windowMenu.add(perspectives);
        windowMenu.add(openPerspective);
        windowMenu.add(resetPerspective);
        windowMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        windowMenu.add(preferences);

        MenuManager help = new MenuManager(Messages.menuHelp, IWorkbenchActionConstants.M_HELP);
        help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(about);

        menuBar.add(file);
        // A group marker, not a separator: a separator would show as an empty menu in the bar.
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu);
        menuBar.add(help);
    }
}
