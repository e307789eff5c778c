// Remove every node of one case (and so every relationship touching it).
MATCH (n {case_id: $case_id}) DETACH DELETE n;
