// Remove one walk-through prompt.
MATCH (p:Prompt {case_id: $case_id, prompt_id: $prompt_id})
DELETE p
RETURN count(*) AS deleted
