// A case's walk-through prompts (a trainer's questions for the group) in the order of the
// events they hang on, with all their properties: the page lists them and a reload carries
// them into the new case version. `event_id` may name a row a reload no longer has.
MATCH (p:Prompt {case_id: $case_id})
RETURN p AS prompt
ORDER BY p.day_from, p.source_ref, p.created_at, p.prompt_id
