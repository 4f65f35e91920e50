package dev.chorus.dedup;

/**
 * An invented wire report and the ways it turns up again: a re-post under another byline and footer, a lightly
 * edited copy, an exact copy with other spacing and quotes, and a different report of the same event.
 */
final class WireCopies {

    private WireCopies() {
    }

    static final String WIRE = """
            By Marta Quiles, Associated Press

            PORT ELDER (AP) - Storm surge flooded the lower town of Port Elder on Tuesday night, forcing about 2,400 residents from their homes as waves broke over the harbour wall for the first time since 1987, officials said.

            The coastguard said the surge peaked at 1.9 metres above the predicted tide shortly before midnight, when winds from the north-east reached 110 kilometres an hour. Water stood waist-deep in Quay Street and Mill Lane by early Wednesday, and the ferry terminal was closed.

            "We opened the school and the sports hall as shelters and both were full by two in the morning," Mayor Ines Calder told reporters at the town hall. "Nobody has been hurt, and I want to keep it that way, so please stay away from the seafront."

            Fire crews pumped water from the basement of the hospital, which moved 30 patients to upper floors as a precaution. Power was cut to about 5,000 homes, the grid operator said, and repairs would begin once the wind dropped.

            The harbour wall, built in 1952 and raised after the 1987 flood, was due for repairs that the regional council postponed last year for lack of funds. Calder said the town had asked twice for emergency money to strengthen it and would ask again on Wednesday.

            Forecasters expect the wind to ease by Wednesday afternoon, but a second high tide late on Wednesday could bring more flooding. The weather service kept its red warning for the coast between Port Elder and Cape Varn.

            Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
            """;

    /** The same body re-posted by a regional site: its own byline, a photo credit, and its own footer. */
    static final String REPOST = """
            By Coastal Herald staff | Updated 07:12

            PORT ELDER (AP) - Storm surge flooded the lower town of Port Elder on Tuesday night, forcing about 2,400 residents from their homes as waves broke over the harbour wall for the first time since 1987, officials said.

            The coastguard said the surge peaked at 1.9 metres above the predicted tide shortly before midnight, when winds from the north-east reached 110 kilometres an hour. Water stood waist-deep in Quay Street and Mill Lane by early Wednesday, and the ferry terminal was closed.

            "We opened the school and the sports hall as shelters and both were full by two in the morning," Mayor Ines Calder told reporters at the town hall. "Nobody has been hurt, and I want to keep it that way, so please stay away from the seafront."

            Fire crews pumped water from the basement of the hospital, which moved 30 patients to upper floors as a precaution. Power was cut to about 5,000 homes, the grid operator said, and repairs would begin once the wind dropped.

            The harbour wall, built in 1952 and raised after the 1987 flood, was due for repairs that the regional council postponed last year for lack of funds. Calder said the town had asked twice for emergency money to strengthen it and would ask again on Wednesday.

            Forecasters expect the wind to ease by Wednesday afternoon, but a second high tide late on Wednesday could bring more flooding. The weather service kept its red warning for the coast between Port Elder and Cape Varn.

            Follow the Coastal Herald for live updates on the storm. Share your photos with us.
            """;

    /** A copy edited lightly by a desk: a few words changed in three places. */
    static final String EDITED = """
            By Marta Quiles, Associated Press

            PORT ELDER (AP) - Storm surge flooded the lower town of Port Elder late on Tuesday, forcing about 2,400 residents from their homes as waves broke over the harbour wall for the first time since 1987, officials said.

            The coastguard said the surge peaked at 1.9 metres above the predicted tide shortly before midnight, when winds from the north-east reached 110 kilometres an hour. Water stood waist-deep in Quay Street and Mill Lane by early Wednesday, and the ferry terminal was closed.

            "We opened the school and the sports hall as shelters and both were full by two in the morning," Mayor Ines Calder told reporters at the town hall. "Nobody has been hurt, and I want to keep it that way, so please stay away from the seafront."

            Firefighters pumped water from the basement of the hospital, which moved 30 patients to upper floors as a precaution. Power was cut to about 5,000 homes, the grid operator said, and repairs would begin once the wind dropped.

            The harbour wall, built in 1952 and raised after the 1987 flood, was due for repairs that the regional council postponed last year for lack of funds. Calder said the town had asked twice for emergency money to strengthen it and would ask again on Wednesday.

            Forecasters expect the wind to ease on Wednesday afternoon, but a second high tide late on Wednesday could bring more flooding. The weather service kept its red warning for the coast between Port Elder and Cape Varn.

            Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
            """;

    /** The wire text without byline, last paragraph and footer, as a site short of space runs it. */
    static final String TRIMMED = WIRE.substring(WIRE.indexOf("PORT ELDER (AP)"), WIRE.indexOf("Forecasters expect"));

    /** A column that quotes the wire's first paragraph inside much longer text of its own. */
    static final String QUOTING = """
            Every winter the sea reminds this coast who was here first. On Tuesday it did so again: "Storm surge flooded the lower town of Port Elder on Tuesday night, forcing about 2,400 residents from their homes as waves broke over the harbour wall for the first time since 1987, officials said," ran the first wire report.

            Those of us who grew up behind that wall remember 1987 well: the smell of the harbour in the school corridors, the boats in the car park, the long argument afterwards about who would pay to raise the wall. The argument was settled, the wall was raised, and then everyone forgot about it for a generation.

            The council's decision last year to put off the repairs was not made by villains. It was made by people choosing between a wall that had held for thirty years and a care home that needed a roof. The sea does not care about such choices, and it will be back on Wednesday night.
            """;

    /** The wire text again with other line breaks, typographic quotes and upper-case dateline: the same words. */
    static final String EXACT = WIRE.replace("\"", "“").replace("\n\n", "\n").replace("Port Elder", "PORT ELDER");

    /** Another outlet's own report of the same flood: the same facts and quote, written afresh. */
    static final String OTHER_REPORT = """
            Port Elder evacuates lower town as sea breaches harbour wall

            Around 2,400 people spent Tuesday night in shelters after the sea came over Port Elder's harbour wall, the worst flooding the town has seen since 1987.

            A storm surge almost two metres above the expected tide pushed water into Quay Street and Mill Lane, where it reached waist height, while north-easterly gusts touched 110 km/h. The ferry terminal has been shut.

            Mayor Ines Calder said the school and sports hall, opened as shelters, had filled up by 2am. "Nobody has been hurt, and I want to keep it that way," she said, urging people to keep away from the seafront.

            At the hospital, 30 patients were taken upstairs while firefighters pumped out the basement. Some 5,000 homes lost power.

            Repairs to the 1952 wall had been put off by the regional council last year because of a lack of money, and the town is to renew its request for emergency funds. Another high tide on Wednesday evening could flood the town again, forecasters warned.
            """;
}
