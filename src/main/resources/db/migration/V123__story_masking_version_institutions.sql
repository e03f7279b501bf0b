-- issue 14: stories masked before institution names were (masking_version 2) are masked again once (StoryRemasking)
alter table story alter column masking_version set default 3;
