/**
 * The fictional community of demo mode, built through the public services of each module. The one
 * module allowed to use the services of every other, and the only place demo data lives.
 */
@ApplicationModule(
        displayName = "Demo",
        allowedDependencies = {
            "system",
            "organizations",
            "organizations :: directory",
            "indicators",
            "indicators :: registry",
            "plans",
            "plans :: tree",
            "plans :: cycles",
            "plans :: templates",
            "situations",
            "situations :: cases",
            "situations :: reference",
            "situations :: tables",
            "coresponse",
            "coresponse :: teams",
            "coresponse :: calls",
            "coresponse :: notes",
            "coresponse :: caseload",
            "complaints",
            "complaints :: offices",
            "complaints :: process",
            "complaints :: files",
            "complaints :: intake"
        })
@NullMarked
package ca.vigie.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
