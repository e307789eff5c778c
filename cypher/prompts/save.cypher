// Save a trainer's prompt at one event of the walk-through (a new one, or an edit by id).
// The event's row and day are kept with it so that it can still be placed and cited after
// a reload that no longer has that row.
MERGE (p:Prompt {case_id: $case_id, prompt_id: $prompt_id})
SET p.event_id = $event_id, p.source_ref = $source_ref, p.day_from = $day_from, p.text = $text,
    p.created_at = coalesce(p.created_at, $created_at)
RETURN p AS prompt
