package ca.vigie.organizations;

import java.util.List;

/**
 * What one module has waiting for a person, for the home page. Each module answers for its own
 * records, with what the person may already open and nothing that names anyone; a module with
 * nothing for the person answers an empty list. Called on every home page, so a few queries at most.
 */
public interface WaitingWork {

    List<Waiting> waitingFor(VigiePrincipal who);
}
