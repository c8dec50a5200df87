package se.isu.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * PNGs of a shell as it is drawn on the screen (under Xvfb in the builds), for the UI tests: a window or a
 * dialog is brought to the front, given time to paint, then copied pixel by pixel from the display. Call
 * it in the UI thread.
 */
public final class Screenshots {

    /** Where the pictures go: relative to the test runtime's working folder, the test fragment's own. */
    public static final Path FOLDER = Path.of("target", "screenshots");

    /** How long a shell is given to paint after it came to the front, unless the caller says otherwise. */
    public static final long SETTLE_MILLIS = 300;

    private Screenshots() {
    }

    /** A PNG of {@code shell} as {@code name} under {@link #FOLDER}, after {@link #SETTLE_MILLIS}. */
    public static Path save(Shell shell, String name) throws IOException, InterruptedException {
        return save(shell, name, SETTLE_MILLIS);
    }

    /**
     * A PNG of {@code shell} as {@code name} under {@link #FOLDER}: the shell is activated, the events it
     * queued are run, and after {@code settleMillis} (for what paints late, such as charts) run again
     * before its area is copied.
     *
     * @return the file written, relative to the working folder
     */
    public static Path save(Shell shell, String name, long settleMillis) throws IOException, InterruptedException {
        Display display = shell.getDisplay();
        shell.forceActive();
        flush(display);
        Thread.sleep(settleMillis);
        flush(display);
        Point size = shell.getSize();
        Image image = new Image(display, size.x, size.y);
        GC gc = new GC(shell);
        try {
            gc.copyArea(image, 0, 0);
        } finally {
            gc.dispose();
        }
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path file = FOLDER.resolve(name);
            Files.createDirectories(file.getParent());
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            image.dispose();
        }
    }

    private static void flush(Display display) {
        while (display.readAndDispatch()) {
            // run what the UI queued
        }
    }
}
