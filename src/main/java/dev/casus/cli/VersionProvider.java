package dev.casus.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this build, as Maven wrote it into {@code version.properties}, and the versions it runs on. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Properties build = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the class path; build Casus with Maven");
            }
            build.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String[] {
            "casus " + build.getProperty("version"),
            "Drools " + build.getProperty("drools") + ", Java " + System.getProperty("java.version")
                    + " (" + System.getProperty("java.vendor") + ")"};
    }
}
