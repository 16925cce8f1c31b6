/**
 * The engagement method's own rules, apart from the process pipeline: RACI validation with the method's phases as
 * default activities, process-against-goal shortlisting arithmetic and the catalogue CSV import. Plain Java: no
 * Spring, no JPA (ArchitectureTest).
 */
package com.gapwise.method;
