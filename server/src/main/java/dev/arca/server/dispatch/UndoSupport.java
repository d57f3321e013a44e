package dev.arca.server.dispatch;

import dev.arca.kmip.KmipException;

/**
 * Makes the changes of a batch undoable, for the Batch Error Continuation Option Undo (KMIP 2.1
 * §9.? Table 412? "Undo: if any operation in the request fails, then the server SHALL undo all the
 * previous operations").
 */
public interface UndoSupport {

  /** Opens a scope: the services whose changes it records. */
  Scope open(Services services);

  /** The changes made through one scope's services. */
  interface Scope {
    Services services();

    /** Reverts every change made through {@link #services()}, newest first. */
    void undo() throws KmipException;
  }
}
