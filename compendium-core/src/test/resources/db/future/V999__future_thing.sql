-- A migration from a future Compendium, used to check that an older one refuses the store.
CREATE TABLE future_thing (id INTEGER);
